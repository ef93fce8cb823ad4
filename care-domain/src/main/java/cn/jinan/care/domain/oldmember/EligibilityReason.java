package cn.jinan.care.domain.oldmember;

/**
 * The two groups of 第26条 that have the living subsidy: "按时足额发放新中国成立前入党的农村老党员和未享受离退休待遇的城镇老党员生活补贴".
 * The sentence names two groups, each with its own qualifier; the regulation does not say who counts as an urban "老党员",
 * and the product reads it as the national practice does (admitted before the founding of the PRC), with a cutoff of
 * its own so that a jurisdiction can read it otherwise.
 */
public enum EligibilityReason {
    /** 新中国成立前入党的农村老党员: rural household, admitted before OLD_MEMBER_SUBSIDY_RURAL_BEFORE. */
    RURAL_BEFORE_1949,
    /**
     * 未享受离退休待遇的城镇老党员: urban household, without retirement pay (the without-pension flag), admitted before
     * OLD_MEMBER_SUBSIDY_URBAN_BEFORE.
     */
    URBAN_WITHOUT_PENSION
}
