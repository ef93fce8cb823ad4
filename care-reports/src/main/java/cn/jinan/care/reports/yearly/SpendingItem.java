package cn.jinan.care.reports.yearly;

/** What money was spent on, in the spending part: each register that records an amount with its funding source. */
public enum SpendingItem {
    /** Visits' money (走访慰问金). */
    VISIT_MONEY,
    /** Visits' goods at their value (慰问品折价). */
    VISIT_GOODS,
    /** Hardship aid paid (困难帮扶). */
    HARDSHIP_AID,
    /** Old members' living subsidy paid (老党员生活补贴). */
    OLD_MEMBER_SUBSIDY,
    /** Recuperation costs (疗休养). */
    RECUPERATION,
    /** Help given to casualty families (殉职牺牲家庭帮扶). */
    CASUALTY_HELP,
    /** Honors' rewards (表彰奖励). */
    HONOR_REWARD
}
