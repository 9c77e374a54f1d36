package be.miresem.rebond.partner.web;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.CpasStatus;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs /espace/cpas/nouveau: an officer records a CPAS. */
@Named
@RequestScoped
public class CpasNewBacking {

    @Inject
    private PartnerService partners;

    private final Cpas form = new Cpas("", "");

    public String save() {
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
}
