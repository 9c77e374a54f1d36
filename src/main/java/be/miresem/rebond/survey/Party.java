package be.miresem.rebond.survey;

/** Who answers a questionnaire. Labels: {@code Party.X}. */
public enum Party {
    AGENT, EMPLOYER, BENEFICIARY, CPAS
}
