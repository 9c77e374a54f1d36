package be.miresem.rebond.casefile;

/** How the beneficiary's consent was given. Labels: {@code ConsentMethod.X}. */
public enum ConsentMethod {
    SIGNED_FORM, EMAIL, ORAL_RECORDED_BY_AGENT
}
