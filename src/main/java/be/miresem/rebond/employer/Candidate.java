package be.miresem.rebond.employer;

import be.miresem.rebond.casefile.FollowedProfile;
import be.miresem.rebond.casefile.Sector;

/** A followed beneficiary as matching sees it (a light projection, so thousands can be scored per request). */
public record Candidate(Long caseId, String firstName, String lastName, String cpas, String commune, Sector sector,
        String jobFunction, String skills, Boolean licence) {

    /** The candidate a followed beneficiary is. */
    static Candidate of(FollowedProfile p) {
        return new Candidate(p.caseId(), p.firstName(), p.lastName(), p.cpas(), p.commune(), p.sector(), p.jobFunction(),
                p.skills(), p.licence());
    }

    MatchScorer.Profile profile() {
        return new MatchScorer.Profile(sector, commune, skills, jobFunction, Boolean.TRUE.equals(licence));
    }

    public String getName() {
        return lastName + " " + firstName;
    }
}
