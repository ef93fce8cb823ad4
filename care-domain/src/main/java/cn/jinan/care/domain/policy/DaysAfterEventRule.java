package cn.jinan.care.domain.policy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import java.time.LocalDate;
import java.util.Optional;

/** The shape of the visit rules that react to one event with one action within a number of days. */
abstract class DaysAfterEventRule implements EventRule {

    private final RuleCode code;
    private final MemberEventKind trigger;
    private final RequiredAction action;
    private final ParameterKey days;

    DaysAfterEventRule(RuleCode code, MemberEventKind trigger, RequiredAction action, ParameterKey days) {
        this.code = code;
        this.trigger = trigger;
        this.action = action;
        this.days = days;
    }

    @Override
    public RuleCode code() {
        return code;
    }

    @Override
    public Optional<ObligationSpec> onEvent(Member member, MemberEventKind kind, LocalDate eventDate,
            Parameters parameters) {
        if (kind != trigger || !appliesTo(member, eventDate, parameters)) {
            return Optional.empty();
        }
        return Optional.of(new ObligationSpec(code, action, eventDate.plusDays(parameters.intValueOn(days, eventDate))));
    }

    /** Whether the rule concerns this member at all; every member by default. */
    boolean appliesTo(Member member, LocalDate eventDate, Parameters parameters) {
        return true;
    }
}
