package cn.jinan.care.domain.shared;

/** Gender as the identity number records it. */
public enum Gender {
    MALE, FEMALE
}
