package cn.jinan.care.domain.policy;

import cn.jinan.care.domain.member.MemberEventKind;

/**
 * R27-EMERGENCY-VISIT, 第27条: 家庭成员遇到重大自然灾害、重大意外事故、重大疾病等突发情况的，党组织应当及时派人上门看望慰问.
 */
public final class EmergencyVisitRule extends DaysAfterEventRule {

    public EmergencyVisitRule() {
        super(RuleCode.R27_EMERGENCY_VISIT, MemberEventKind.FAMILY_DISASTER, RequiredAction.EMERGENCY_VISIT,
                ParameterKey.EMERGENCY_VISIT_DAYS);
    }
}
