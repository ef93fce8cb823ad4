package cn.jinan.care.domain.suggestion;

/** Who made a suggestion. */
public enum SubmitterKind {
    /** A party member on the roster. */
    MEMBER,
    /** 群众: someone not on the roster, named or not. */
    MASSES,
    /** Anonymous. */
    ANONYMOUS
}
