package cn.jinan.care.domain.casualty;

/** How a member died on duty. */
public enum DeathCause {
    /** 因公殉职 */
    LINE_OF_DUTY,
    /** 牺牲 */
    SACRIFICE
}
