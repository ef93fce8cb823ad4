package cn.jinan.care.domain.fairness;

/**
 * Where a clarification case stands (第19条): a report received; verified as a false accusation (恶意中伤、诬告陷害)
 * or not; if false, the member's name is cleared in public (澄清正名) and then the accuser is dealt with.
 */
public enum ClarificationStatus {
    RECEIVED,
    /** Verified: not a false accusation. Nothing to clarify; the case is closed. */
    NOT_FALSE,
    /** Verified as a false accusation: the clarification is due. */
    FALSE_ACCUSATION,
    /** Clarified in public; the action against the accuser is due. */
    CLARIFIED,
    /** The accuser was dealt with: the case is complete. */
    CLOSED
}
