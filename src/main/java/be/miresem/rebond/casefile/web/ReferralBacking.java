package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.Beneficiary;
import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.CaseFileException;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.ConsentMethod;
import be.miresem.rebond.casefile.Sector;
import be.miresem.rebond.shared.text.French;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

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
    private LocalDate consentOn;
    private LocalDate contractStart;
    private LocalDate contractPlannedEnd;

    public String refer() {
        beneficiary.setConsentOn(consentOn);
        caseFile.setContractStart(contractStart);
        caseFile.setContractPlannedEnd(contractPlannedEnd);
        CaseFile saved;
        try {
            saved = cases.refer(beneficiary, caseFile);
        } catch (CaseFileException e) {
            Messages.error(e.field(), e.key());
            return null;
        }
        Messages.flashInfo("casefile.referred", French.of(beneficiary.getFullName()));
        Messages.warnIfSensitive(beneficiary.getNote(), beneficiary.getSkills(), beneficiary.getTransport(),
                beneficiary.getLanguages(), beneficiary.getQualifications());
        return "/espace/dossiers/dossier?faces-redirect=true&id=" + saved.getId();
    }

    /** The version of the consent text the agent reads to the person (shown on the form). */
    public String getConsentText() {
        return Beneficiary.CONSENT_TEXT;
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

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(LocalDate consentOn) {
        this.consentOn = consentOn;
    }

    public LocalDate getContractStart() {
        return contractStart;
    }

    public void setContractStart(LocalDate contractStart) {
        this.contractStart = contractStart;
    }

    public LocalDate getContractPlannedEnd() {
        return contractPlannedEnd;
    }

    public void setContractPlannedEnd(LocalDate contractPlannedEnd) {
        this.contractPlannedEnd = contractPlannedEnd;
    }
}
