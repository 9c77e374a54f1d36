package be.miresem.rebond.partner.web;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.CpasStatus;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Backs /espace/cpas/nouveau: an officer records a CPAS. */
@Named
@RequestScoped
public class CpasNewBacking {

    @Inject
    private PartnerService partners;

    private final Cpas form = new Cpas("", "");
    private String partnerSince;

    public String save() {
        if (partnerSince != null && !partnerSince.isBlank()) {
            try {
                form.setPartnerSince(LocalDate.parse(partnerSince.strip()));
            } catch (DateTimeParseException e) {
                Messages.error("partnerSince", "contenu.date.invalid");
                return null;
            }
        }
        partners.create(form);
        Messages.flashInfo("cpasNew.saved", form.getName());
        return "/espace/cpas/index?faces-redirect=true";
    }

    public CpasStatus[] getStatuses() {
        return CpasStatus.values();
    }

    public Cpas getForm() {
        return form;
    }

    public String getPartnerSince() {
        return partnerSince;
    }

    public void setPartnerSince(String partnerSince) {
        this.partnerSince = partnerSince;
    }
}
