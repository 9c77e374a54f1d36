package be.miresem.rebond.casefile;

/**
 * A followed beneficiary as other features see them to match them with a job (a light projection, so thousands
 * can be read per request): the case, the name, the CPAS, and what matching weighs.
 */
public record FollowedProfile(Long caseId, String firstName, String lastName, String cpas, String commune, Sector sector,
        String jobFunction, String skills, Boolean licence) {
}
