package cn.jinan.care.domain.casualty;

/** The kind of help given at a follow-up (帮助解决实际问题). */
public enum HelpKind {
    /** 生活补助 */
    LIVING_ALLOWANCE,
    /** 医疗救助 */
    MEDICAL,
    /** 入学照顾 */
    SCHOOLING,
    /** 就业帮扶 */
    EMPLOYMENT,
    /** 慰问品 */
    GOODS,
    OTHER
}
