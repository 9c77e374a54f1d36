package be.miresem.rebond.employer.web;

import be.miresem.rebond.casefile.Sector;
import be.miresem.rebond.employer.ContractType;
import be.miresem.rebond.employer.Employer;
import be.miresem.rebond.employer.Employers;
import be.miresem.rebond.employer.JobNeed;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs /espace/employeurs/employeur?id=: one employer, its needs and the form to add a need. Officers only. */
@Named
@ViewScoped
public class EmployerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Employers employers;

    private Long id;
    private transient Employer employer;
    private JobNeed form = new JobNeed();

    public void load() {
        employer = employers.employer(id == null ? -1 : id);
        if (form.getSector() == null) {
            form.setSector(employer.getSector());
        }
    }

    public String addNeed() {
        JobNeed saved = employers.addNeed(id, form);
        Messages.flashInfo("employer.need.created", saved.getTitle());
        return "/espace/employeurs/besoin?faces-redirect=true&id=" + saved.getId();
    }

    public Employer getEmployer() {
        if (employer == null) {
            load();
        }
        return employer;
    }

    public List<JobNeed> getNeeds() {
        return employers.needs(id);
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public ContractType[] getContractTypes() {
        return ContractType.values();
    }

    public JobNeed getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
