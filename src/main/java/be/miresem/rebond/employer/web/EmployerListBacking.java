package be.miresem.rebond.employer.web;

import be.miresem.rebond.casefile.Sector;
import be.miresem.rebond.employer.Employer;
import be.miresem.rebond.employer.Employers;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs /espace/employeurs/: the employers canvassed and the form to add one. Officers only. */
@Named
@ViewScoped
public class EmployerListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Employers employers;

    private Employer form = new Employer();

    public String create() {
        Employer saved = employers.create(form);
        Messages.flashInfo("employer.created", saved.getName());
        return "/espace/employeurs/employeur?faces-redirect=true&id=" + saved.getId();
    }

    public List<Employer> getEmployers() {
        return employers.employers();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public Employer getForm() {
        return form;
    }
}
