package be.miresem.rebond.survey.web;

import be.miresem.rebond.survey.SurveyInvitation;
import be.miresem.rebond.survey.Surveys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the "Enquêtes de satisfaction" section of a case file: the beneficiary's surveys to fill in with them. */
@Named
@RequestScoped
public class CaseSurveysBacking {

    @Inject
    private Surveys surveys;

    private List<SurveyInvitation> list;

    public List<SurveyInvitation> ofCase(long caseId) {
        if (list == null) {
            list = surveys.ofCase(caseId);
        }
        return list;
    }

    public boolean open(SurveyInvitation invitation) {
        return invitation.isOpen(java.time.Instant.now());
    }
}
