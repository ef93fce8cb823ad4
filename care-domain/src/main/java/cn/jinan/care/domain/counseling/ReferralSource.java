package cn.jinan.care.domain.counseling;

/** Who brought the member to counseling. */
public enum ReferralSource {
    SELF,
    BRANCH,
    FAMILY,
    COLLEAGUE,
    HEALTH_CHECK,
    OTHER
}
