package cn.jinan.care.domain.fairness;

/**
 * Where an accountability case stands (第18条). A problem is first ordered rectified (先责令整改); only if the
 * rectification falls short do accountability proceedings start; the decision needs the first three musts; after it
 * the effect is evaluated.
 */
public enum AccountabilityStatus {
    /** Rectification ordered, result awaited. */
    RECTIFYING,
    /** Rectified well: no accountability needed. A closed case. */
    RECTIFIED,
    /** Rectification fell short (整改不力): proceedings under way, the musts being heard. */
    PROCEEDINGS,
    /** Decided; the effect evaluation is due. */
    DECIDED,
    /** The effect was evaluated: the case is complete. */
    EVALUATED
}
