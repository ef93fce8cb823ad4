package cn.jinan.care.domain.campaign;

/** Whom a campaign visits (第27条 and the registers it names). A member in several groups is visited once. */
public enum TargetGroup {
    /** Members with an open record in the hardship register (困难党员). */
    HARDSHIP,
    /** Old members (老党员, 第26条): admitted before the founding of the People's Republic. */
    OLD_MEMBERS,
    /** Families of members who died on duty (因公殉职, 第28条): the visit goes to the family. */
    CASUALTY_FAMILIES,
    /** Living members aged at least the campaign's minimum age on the window's first day. */
    AGE_OVER,
    /** Members named one by one. */
    CUSTOM
}
