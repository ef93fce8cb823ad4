package cn.jinan.care.domain.imports;

/** What a batch imports. */
public enum ImportKind {
    /** Members of the roster (党员名册). */
    ROSTER,
    /** Study hours, e.g. from online learning platforms' exports (第3、4条). */
    STUDY
}
