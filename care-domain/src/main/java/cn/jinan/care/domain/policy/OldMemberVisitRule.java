package cn.jinan.care.domain.policy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * R26-OLD-MEMBER-VISIT, 第26条: 对于重病、高龄、失能等特殊困难的[老党员老干部]，党组织应当经常上门看望. A seriously ill member who is
 * an old member (of the minimum age, or retired) is visited within the period, and again each period after each
 * visit ({@link #next}) while the member is on the roster. ("经常" is the parameter: 3 months by default.)
 */
public final class OldMemberVisitRule implements EventRule {

    @Override
    public RuleCode code() {
        return RuleCode.R26_OLD_MEMBER_VISIT;
    }

    @Override
    public Optional<ObligationSpec> onEvent(Member member, MemberEventKind kind, LocalDate eventDate,
            Parameters parameters) {
        if (kind != MemberEventKind.SERIOUSLY_ILL || !isOldMember(member, eventDate, parameters)) {
            return Optional.empty();
        }
        return Optional.of(next(eventDate, parameters));
    }

    /** The visit that is due one period after {@code from} (the event, or the last visit). */
    public ObligationSpec next(LocalDate from, Parameters parameters) {
        return new ObligationSpec(code(), RequiredAction.OLD_MEMBER_VISIT,
                from.plusMonths(parameters.intValueOn(ParameterKey.OLD_MEMBER_VISIT_MONTHS, from)));
    }

    static boolean isOldMember(Member member, LocalDate on, Parameters parameters) {
        int age = Period.between(member.getBirthDate(), on).getYears();
        return member.isRetired() || age >= parameters.intValueOn(ParameterKey.OLD_MEMBER_MIN_AGE, on);
    }
}
