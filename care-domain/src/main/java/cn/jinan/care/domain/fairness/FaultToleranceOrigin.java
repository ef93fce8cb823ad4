package cn.jinan.care.domain.fairness;

/** How a fault-tolerance case began (第17条: 发现具有容错情形或受理的容错申请). */
public enum FaultToleranceOrigin {
    /** The member (or the unit for the member) applied. */
    APPLICATION,
    /** A case with a tolerable error was found (e.g. while handling a report or an inspection). */
    FOUND
}
