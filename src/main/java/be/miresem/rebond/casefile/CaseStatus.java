package be.miresem.rebond.casefile;

/** Where a case file stands. Labels: {@code CaseStatus.X}. */
public enum CaseStatus {
    /** Orienté */
    REFERRED,
    /** En suivi pendant le contrat */
    FOLLOWED_DURING_CONTRACT,
    /** Fin de contrat */
    CONTRACT_ENDED,
    /** Suivi après contrat */
    FOLLOWED_AFTER_CONTRACT,
    /** En emploi: hired through a proposal, no longer suggested to employers */
    EMPLOYED,
    /** Clôturé (a closing reason is required) */
    CLOSED
}
