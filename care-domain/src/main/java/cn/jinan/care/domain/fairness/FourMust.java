package cn.jinan.care.domain.fairness;

/** The four musts of accountability (凡问四必, 第18条; rule R18-FOUR-MUSTS). */
public enum FourMust {
    /** (1) 听取当事人陈述，界定主观过错，区分故意和过失. */
    STATEMENT,
    /** (2) 听取干部所在单位党组织意见，听取群众的意见，了解干部的一贯表现. */
    ORGANIZATION_AND_MASSES,
    /** (3) 听取上级业务部门关于政策适用意见. */
    POLICY_OPINION,
    /** (4) 对问责效果进行评估: after the decision. */
    EFFECT_EVALUATION;

    /** Whether the must has to be met before a decision can be taken (the first three). */
    public boolean beforeDecision() {
        return this != EFFECT_EVALUATION;
    }
}
