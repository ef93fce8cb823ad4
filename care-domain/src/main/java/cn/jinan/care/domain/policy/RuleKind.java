package cn.jinan.care.domain.policy;

/** What kind of rule a code is, as the rule catalogue groups them. */
public enum RuleKind {
    /** A yearly amount per member or organization. */
    QUOTA,
    /** An action due within a time limit after an event. */
    EVENT_OBLIGATION,
    /** A yearly figure an organization reports. */
    ORGANIZATION_INDICATOR,
    /** Listed to help, not scored. */
    ADVISORY
}
