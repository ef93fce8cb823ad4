package cn.jinan.care.domain.policy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * R26-OLD-MEMBER-VISIT, 第26条: 对于重病、高龄、失能等特殊困难的[老党员老干部]，党组织应当经常上门看望. Three conditions call for home
 * visits of an old member (of the minimum age, or retired):
 * <ul>
 * <li>seriously ill (重病): the {@link MemberEventKind#SERIOUSLY_ILL} event;</li>
 * <li>disabled (失能): the {@link MemberEventKind#DISABLED} event;</li>
 * <li>very old (高龄): of at least OLD_MEMBER_VERY_OLD_AGE — no event marks it, so {@link #planned} answers it for a
 * day, and a planner asks each day.</li>
 * </ul>
 * The member is visited within the period, and again each period after each visit ({@link #next}) while on the
 * roster. ("经常" is the parameter: 3 months by default.)
 */
public final class OldMemberVisitRule implements EventRule {

    @Override
    public RuleCode code() {
        return RuleCode.R26_OLD_MEMBER_VISIT;
    }

    @Override
    public Optional<ObligationSpec> onEvent(Member member, MemberEventKind kind, LocalDate eventDate,
            Parameters parameters) {
        if (kind != MemberEventKind.SERIOUSLY_ILL && kind != MemberEventKind.DISABLED
                || !isOldMember(member, eventDate, parameters)) {
            return Optional.empty();
        }
        return Optional.of(next(eventDate, parameters));
    }

    /**
     * The home visit a very old member on the roster is owed from {@code asOf}, if the member is very old that day.
     * Whether one is already open is the caller's concern.
     */
    public Optional<ObligationSpec> planned(Member member, LocalDate asOf, Parameters parameters) {
        if (!member.isActive() || !isVeryOld(member, asOf, parameters)) {
            return Optional.empty();
        }
        return Optional.of(next(asOf, parameters));
    }

    /** The visit that is due one period after {@code from} (the event, or the last visit). */
    public ObligationSpec next(LocalDate from, Parameters parameters) {
        return new ObligationSpec(code(), RequiredAction.OLD_MEMBER_VISIT,
                from.plusMonths(parameters.intValueOn(ParameterKey.OLD_MEMBER_VISIT_MONTHS, from)));
    }

    /** 老党员 for home visits: retired, or of the minimum age on the day. */
    public static boolean isOldMember(Member member, LocalDate on, Parameters parameters) {
        return member.isRetired() || age(member, on) >= parameters.intValueOn(ParameterKey.OLD_MEMBER_MIN_AGE, on);
    }

    /** 高龄: of the very-old age on the day (the birthday itself counts). */
    public static boolean isVeryOld(Member member, LocalDate on, Parameters parameters) {
        return age(member, on) >= parameters.intValueOn(ParameterKey.OLD_MEMBER_VERY_OLD_AGE, on);
    }

    private static int age(Member member, LocalDate on) {
        return Period.between(member.getBirthDate(), on).getYears();
    }
}
