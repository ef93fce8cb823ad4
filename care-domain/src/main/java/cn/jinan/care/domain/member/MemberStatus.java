package cn.jinan.care.domain.member;

/** Where a member stands on the roster. */
public enum MemberStatus {
    ACTIVE, TRANSFERRED_OUT, DECEASED, LEFT
}
