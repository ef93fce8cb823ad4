package cn.jinan.care.domain.member;

/** Rural or urban household registration, which some care rules read. */
public enum Household {
    RURAL, URBAN
}
