package cn.jinan.care.domain.member;

/** Full (正式) or probationary (预备) member. */
public enum MemberCategory {
    FULL, PROBATIONARY
}
