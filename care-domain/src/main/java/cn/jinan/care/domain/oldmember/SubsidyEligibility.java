package cn.jinan.care.domain.oldmember;

import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * 第26条: who has the living subsidy in a year, computed from the member record. The cutoffs are the parameters in
 * force on January 1 of the year.
 */
public final class SubsidyEligibility {

    private SubsidyEligibility() {
    }

    /** The cutoff of a rule in a year: admitted before this day. */
    public static LocalDate cutoff(EligibilityReason reason, int year, Parameters parameters) {
        ParameterKey key = reason == EligibilityReason.RURAL_BEFORE_1949 ? ParameterKey.OLD_MEMBER_SUBSIDY_RURAL_BEFORE
                : ParameterKey.OLD_MEMBER_SUBSIDY_URBAN_BEFORE;
        return ParameterKey.asDate(parameters.valueOn(key, LocalDate.of(year, 1, 1)));
    }

    /** The rule that makes the member eligible, whatever the roster status; empty when none does. */
    public static Optional<EligibilityReason> reason(Member member, int year, Parameters parameters) {
        LocalDate admitted = member.getAdmittedDate();
        if (member.getHousehold() == Household.RURAL) {
            return admitted.isBefore(cutoff(EligibilityReason.RURAL_BEFORE_1949, year, parameters))
                    ? Optional.of(EligibilityReason.RURAL_BEFORE_1949) : Optional.empty();
        }
        return member.isWithoutPension()
                && admitted.isBefore(cutoff(EligibilityReason.URBAN_WITHOUT_PENSION, year, parameters))
                ? Optional.of(EligibilityReason.URBAN_WITHOUT_PENSION) : Optional.empty();
    }

    /**
     * Whether and for which months of {@code year} the member has the subsidy. A member who died or transferred out
     * is eligible up to the month of the event; one who transferred in, from the month of the transfer.
     */
    public static Optional<Eligibility> of(Member member, int year, Parameters parameters) {
        Optional<EligibilityReason> reason = reason(member, year, parameters);
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        YearMonth first = YearMonth.of(year, 1);
        YearMonth last = YearMonth.of(year, 12);
        LocalDate statusDate = member.getStatusDate();
        if (member.getStatus() == MemberStatus.ACTIVE) {
            if (statusDate != null && YearMonth.from(statusDate).isAfter(first)) {
                first = YearMonth.from(statusDate);
            }
        } else {
            if (statusDate == null) {
                return Optional.empty(); // off the roster since an unknown day
            }
            if (YearMonth.from(statusDate).isBefore(last)) {
                last = YearMonth.from(statusDate);
            }
        }
        if (first.isAfter(last)) {
            return Optional.empty();
        }
        return Optional.of(new Eligibility(reason.get(), member.getAdmittedDate(),
                cutoff(reason.get(), year, parameters), first, last));
    }
}
