package cn.jinan.care.domain.member;

/**
 * The events of a member's party life that the policy reacts to (POLICY.md, "Obligations triggered by events").
 * Some change the roster: becoming a full member, transferring out, dying.
 */
public enum MemberEventKind {
    ADMITTED,
    BECAME_FULL_MEMBER,
    TRANSFERRED_IN,
    TRANSFERRED_OUT,
    POST_CHANGED,
    HONORED,
    SANCTIONED,
    TENDENCY_PROBLEM,
    SERIOUSLY_ILL,
    /** 失能: no longer able to look after oneself (第26条). */
    DISABLED,
    CRITICALLY_ILL,
    DIED,
    FAMILY_DISASTER
}
