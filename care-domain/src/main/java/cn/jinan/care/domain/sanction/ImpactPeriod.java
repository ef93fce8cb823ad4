package cn.jinan.care.domain.sanction;

import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * R20-IMPACT-PERIOD (第20条): the days from a sanction's decision through its last day, during which the member is
 * kept off honor and medal lists; from the day after {@link #lastDay()} the member is listed again. A period of N
 * months from 2025-03-01 lasts through 2026-02-28 (N = 12), as "N months" is counted: the month-day of the decision
 * N months later is the first day outside it.
 */
public record ImpactPeriod(LocalDate from, LocalDate lastDay) {

    /** The probation periods of 留党察看 the regulations allow. */
    public static final Set<Integer> PROBATION_MONTHS = Set.of(12, 24);

    public ImpactPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(from)) {
            throw new IllegalArgumentException("an impact period cannot end before it starts");
        }
    }

    /**
     * The period of a sanction of {@code type} decided on {@code decidedOn}, with the months in force on that day.
     *
     * @param probationMonths 留党察看's probation, 12 or 24; must be null for every other type
     * @throws DomainException for expulsion, which has no period (it ends membership), and for a bad probation
     */
    public static ImpactPeriod of(SanctionType type, LocalDate decidedOn, Integer probationMonths,
            Parameters parameters) {
        Objects.requireNonNull(decidedOn, "decidedOn");
        checkProbation(type, probationMonths);
        int months = parameters.intValueOn(type.impactMonths()
                .orElseThrow(() -> DomainException.onField("type", "sanction.expulsion.no-period")), decidedOn);
        if (type.hasProbation()) {
            months += probationMonths;
        }
        if (months <= 0) {
            return new ImpactPeriod(decidedOn, decidedOn);
        }
        return new ImpactPeriod(decidedOn, decidedOn.plusMonths(months).minusDays(1));
    }

    static void checkProbation(SanctionType type, Integer probationMonths) {
        if (type.hasProbation()) {
            if (probationMonths == null) {
                throw DomainException.onField("probationMonths", "sanction.probation.required");
            }
            if (!PROBATION_MONTHS.contains(probationMonths)) {
                throw DomainException.onField("probationMonths", "sanction.probation.months");
            }
        } else if (probationMonths != null) {
            throw DomainException.onField("probationMonths", "sanction.probation.only-for-probation");
        }
    }

    /** Whether the member is inside the period on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(lastDay);
    }

    /** The first day the member is listed again. */
    public LocalDate endsAfter() {
        return lastDay.plusDays(1);
    }
}
