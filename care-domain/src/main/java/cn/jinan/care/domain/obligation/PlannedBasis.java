package cn.jinan.care.domain.obligation;

/**
 * Why an obligation without an event was opened by a planner rather than by an event or a previous visit. 高龄 has
 * no event: the member simply reaches the age.
 */
public enum PlannedBasis {
    /** 第26条 高龄: the member is of the very-old age. */
    VERY_OLD
}
