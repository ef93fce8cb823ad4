package cn.jinan.care.domain.shared;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Party age (党龄) in whole years, counted from the full-membership date (转正日期) as the party's rules count it: the
 * probationary period does not count. A year is complete on the anniversary of that date; a member who became a full
 * member on 29 February completes a year on 1 March of a common year (as {@link Period} counts).
 */
public record PartyAge(int years) {

    public PartyAge {
        if (years < 0) {
            throw new IllegalArgumentException("party age cannot be negative");
        }
    }

    /**
     * The party age on a day, or empty for a member who is not (yet) a full member on that day.
     *
     * @param fullMembershipDate the day the member became a full member, or {@code null} while probationary
     * @param asOf               the day to count to
     */
    public static Optional<PartyAge> of(LocalDate fullMembershipDate, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (fullMembershipDate == null || asOf.isBefore(fullMembershipDate)) {
            return Optional.empty();
        }
        return Optional.of(new PartyAge(Period.between(fullMembershipDate, asOf).getYears()));
    }

    /** The party age on July 1 of a year: the day on which 七一 honors such as the 50-year medal are counted. */
    public static Optional<PartyAge> onJulyFirst(LocalDate fullMembershipDate, int year) {
        return of(fullMembershipDate, LocalDate.of(year, 7, 1));
    }

    public boolean atLeast(int years) {
        return this.years >= years;
    }
}
