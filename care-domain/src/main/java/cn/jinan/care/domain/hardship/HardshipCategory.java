package cn.jinan.care.domain.hardship;

/** Why a member is in the hardship register (第27条); a member may fall under several. */
public enum HardshipCategory {
    /** 生活困难 */
    LIVING_DIFFICULTY,
    /** 鳏寡孤独 */
    WIDOWED_OR_ALONE,
    /** 老弱病残 */
    OLD_WEAK_SICK_DISABLED,
    /** 因公致困 */
    HARDSHIP_FROM_DUTY
}
