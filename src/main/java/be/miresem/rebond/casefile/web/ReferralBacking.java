package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.Beneficiary;
import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.CaseFileException;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.ConsentMethod;
import be.miresem.rebond.casefile.Sector;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Backs /espace/dossiers/orienter: an insertion agent refers a beneficiary. Field rules come from the
 * entities' Bean Validation (messages next to each field); dates are typed as text and checked here, so a
 * rejected form keeps everything typed.
 */
@Named
@ViewScoped
public class ReferralBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFiles cases;

    private final Beneficiary beneficiary = new Beneficiary();
    private final CaseFile caseFile = new CaseFile();
    private String consentOn;
    private String contractStart;
    private String contractPlannedEnd;

    public String refer() {
        LocalDate consent = date("consentOn", consentOn);
        LocalDate start = date("contractStart", contractStart);
        LocalDate end = date("contractPlannedEnd", contractPlannedEnd);
        if (consent == null || start == null || end == null) {
            return null;
        }
        beneficiary.setConsentOn(consent);
        caseFile.setContractStart(start);
        caseFile.setContractPlannedEnd(end);
        CaseFile saved;
        try {
            saved = cases.refer(beneficiary, caseFile);
        } catch (CaseFileException e) {
            Messages.error(e.field(), e.key());
            return null;
        }
        Messages.flashInfo("casefile.referred", beneficiary.getFullName());
        return "/espace/dossiers/dossier?faces-redirect=true&id=" + saved.getId();
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            Messages.error(field, "casefile.date.required");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            Messages.error(field, "casefile.date.invalid");
            return null;
        }
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public ConsentMethod[] getConsentMethods() {
        return ConsentMethod.values();
    }

    public String getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(String consentOn) {
        this.consentOn = consentOn;
    }

    public String getContractStart() {
        return contractStart;
    }

    public void setContractStart(String contractStart) {
        this.contractStart = contractStart;
    }

    public String getContractPlannedEnd() {
        return contractPlannedEnd;
    }

    public void setContractPlannedEnd(String contractPlannedEnd) {
        this.contractPlannedEnd = contractPlannedEnd;
    }
}
