package cn.jinan.care.domain.policy;

/**
 * What an obligation asks for. A record fulfils an obligation when it is this action for the same member, dated on
 * or after the event.
 */
public enum RequiredAction {
    /** 第8条 鼓励鞭策: after admission, transfer in, an honor. */
    ENCOURAGEMENT_TALK,
    /** 第8条 教育帮助: after a sanction or a tendency problem. */
    EDUCATION_TALK,
    /** 第8条 肯定成绩、指出不足: after a post change. */
    POST_CHANGE_TALK,
    /** 第26条 上门看望. */
    OLD_MEMBER_VISIT,
    /** 第27条 上门看望慰问 after a disaster, accident or serious illness in the family. */
    EMERGENCY_VISIT,
    /** 第29条 临终前探望抚慰. */
    END_OF_LIFE_VISIT,
    /** 第29条 吊唁并慰问其亲属. */
    CONDOLENCE_VISIT,
    /** 第27条 重大节日走访慰问 (a visit campaign's target). */
    HOLIDAY_VISIT,
    /** 第28条 定期跟踪走访 of an on-duty casualty's family. */
    FAMILY_FOLLOW_UP,
    /** 第22条 a major-risk finding of a health check is followed up. */
    HEALTH_FOLLOW_UP,
    /** 第18条 对问责效果进行评估: the fourth must, after an accountability decision. */
    EFFECT_EVALUATION;

    public boolean isTalk() {
        return name().endsWith("_TALK");
    }
}
