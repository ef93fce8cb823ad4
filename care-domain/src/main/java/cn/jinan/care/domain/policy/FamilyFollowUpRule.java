package cn.jinan.care.domain.policy;

import java.time.LocalDate;

/**
 * R28-FAMILY-FOLLOW-UP, 第28条: 对因公殉职、牺牲党员的家庭…明确专人负责，定期跟踪走访. The family of a member who died on duty
 * is followed up within the period after the death (the event, as POLICY.md counts every obligation from its event),
 * and again one period after each follow-up, while the case is open. "定期" is the parameter: 6 months by default,
 * counted in calendar months (a death on 31 August is due by the last day of February).
 *
 * <p>Not an {@link EventRule}: a death event does not say it was on duty; the casualty register opens the first
 * follow-up when the case is filed.
 */
public final class FamilyFollowUpRule {

    public RuleCode code() {
        return RuleCode.R28_FAMILY_FOLLOW_UP;
    }

    /** The first follow-up, one period after the death. */
    public ObligationSpec first(LocalDate deathDate, Parameters parameters) {
        return next(deathDate, parameters);
    }

    /** The follow-up due one period after {@code from} (the death, or the last follow-up). */
    public ObligationSpec next(LocalDate from, Parameters parameters) {
        return new ObligationSpec(code(), RequiredAction.FAMILY_FOLLOW_UP,
                from.plusMonths(parameters.intValueOn(ParameterKey.FAMILY_FOLLOW_UP_MONTHS, from)));
    }
}
