package be.miresem.rebond.partner.web;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import jakarta.enterprise.context.RequestScoped;
import be.miresem.rebond.shared.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /espace/cpas/: the officer's list of every CPAS with its status, and what the partners page shows. */
@Named
@RequestScoped
public class CpasListBacking {

    @Inject
    private PartnerService partners;

    private List<Cpas> cpasList;

    /** Shows or hides a partner on the public partners page. */
    public String publish(long id, boolean published) {
        partners.publish(id, published);
        Messages.flashInfo(published ? "cpasList.published" : "cpasList.unpublished");
        return "/espace/cpas/index?faces-redirect=true";
    }

    public List<Cpas> getCpasList() {
        if (cpasList == null) {
            cpasList = partners.listAll();
        }
        return cpasList;
    }
}
