package cn.jinan.care.domain.policy;

import cn.jinan.care.domain.member.MemberEventKind;

/** R29-CONDOLENCE, 第29条: 党员去世后，派人或者采取适当方式吊唁并慰问其亲属. */
public final class CondolenceRule extends DaysAfterEventRule {

    public CondolenceRule() {
        super(RuleCode.R29_CONDOLENCE, MemberEventKind.DIED, RequiredAction.CONDOLENCE_VISIT,
                ParameterKey.CONDOLENCE_DAYS);
    }
}
