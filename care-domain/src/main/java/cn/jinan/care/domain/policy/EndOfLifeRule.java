package cn.jinan.care.domain.policy;

import cn.jinan.care.domain.member.MemberEventKind;

/** R29-END-OF-LIFE, 第29条: 党员临终前，党组织应当派人或者采取适当方式探望抚慰. */
public final class EndOfLifeRule extends DaysAfterEventRule {

    public EndOfLifeRule() {
        super(RuleCode.R29_END_OF_LIFE, MemberEventKind.CRITICALLY_ILL, RequiredAction.END_OF_LIFE_VISIT,
                ParameterKey.END_OF_LIFE_VISIT_DAYS);
    }
}
