package cn.jinan.care.domain.exemption;

/** Why a member is exempt from a quota for a year. */
public enum ExemptionReason {
    LONG_ILLNESS, BEDRIDDEN, WORKING_AWAY, OTHER
}
