package be.miresem.rebond.partner.web;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /espace/cpas/: the officer's list of every CPAS with its status. */
@Named
@RequestScoped
public class CpasListBacking {

    @Inject
    private PartnerService partners;

    private List<Cpas> cpasList;

    public List<Cpas> getCpasList() {
        if (cpasList == null) {
            cpasList = partners.listAll();
        }
        return cpasList;
    }
}
