package cn.jinan.care.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartyAgeTest {

    private static Optional<Integer> years(LocalDate fullMembership, LocalDate asOf) {
        return PartyAge.of(fullMembership, asOf).map(PartyAge::years);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void isEmptyWhileProbationary() {
        assertThat(PartyAge.of(null, date(2025, 7, 1))).isEmpty();
    }

    @Test
    void isEmptyBeforeFullMembership() {
        assertThat(PartyAge.of(date(2020, 5, 20), date(2020, 5, 19))).isEmpty();
        assertThat(PartyAge.of(date(2020, 5, 20), date(1999, 1, 1))).isEmpty();
    }

    @Test
    void isZeroFromTheDayOfFullMembership() {
        assertThat(years(date(2020, 5, 20), date(2020, 5, 20))).contains(0);
        assertThat(years(date(2020, 5, 20), date(2020, 12, 31))).contains(0);
    }

    @Test
    void completesAYearOnTheAnniversaryNotTheDayBefore() {
        LocalDate full = date(2010, 5, 20);

        assertThat(years(full, date(2011, 5, 19))).contains(0);
        assertThat(years(full, date(2011, 5, 20))).contains(1);
        assertThat(years(full, date(2030, 5, 19))).contains(19);
        assertThat(years(full, date(2030, 5, 20))).contains(20);
        assertThat(years(full, date(2030, 5, 21))).contains(20);
    }

    @Test
    void countsWholeYearsAcrossTheTurnOfTheYear() {
        LocalDate full = date(1999, 12, 31);

        assertThat(years(full, date(2000, 12, 30))).contains(0);
        assertThat(years(full, date(2000, 12, 31))).contains(1);
        assertThat(years(full, date(2001, 1, 1))).contains(1);
    }

    @Test
    void completesLeapDayYearsOnFirstMarchOfCommonYears() {
        LocalDate leapDay = date(2000, 2, 29);

        assertThat(years(leapDay, date(2001, 2, 28))).contains(0);
        assertThat(years(leapDay, date(2001, 3, 1))).contains(1);
        assertThat(years(leapDay, date(2004, 2, 28))).contains(3);
        assertThat(years(leapDay, date(2004, 2, 29))).contains(4);
    }

    @Test
    void countsOnJulyFirstForTheFiftyYearMedal() {
        assertThat(PartyAge.onJulyFirst(date(1975, 7, 1), 2025)).contains(new PartyAge(50));
        assertThat(PartyAge.onJulyFirst(date(1975, 7, 2), 2025)).contains(new PartyAge(49));
        assertThat(PartyAge.onJulyFirst(date(1975, 6, 30), 2025)).contains(new PartyAge(50));
    }

    @Test
    void isEmptyOnJulyFirstForThoseNotYetFullMembers() {
        assertThat(PartyAge.onJulyFirst(date(2025, 7, 2), 2025)).isEmpty();
        assertThat(PartyAge.onJulyFirst(null, 2025)).isEmpty();
        assertThat(PartyAge.onJulyFirst(date(2025, 7, 1), 2025)).contains(new PartyAge(0));
    }

    @Test
    void requiresTheDayToCountTo() {
        assertThatNullPointerException().isThrownBy(() -> PartyAge.of(date(2000, 1, 1), null));
        assertThatNullPointerException().isThrownBy(() -> PartyAge.of(null, null));
    }

    @Test
    void cannotBeNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PartyAge(-1));
        assertThat(new PartyAge(0).years()).isZero();
    }

    @Test
    void tellsWhetherAThresholdIsReached() {
        PartyAge fifty = new PartyAge(50);

        assertThat(fifty.atLeast(49)).isTrue();
        assertThat(fifty.atLeast(50)).isTrue();
        assertThat(fifty.atLeast(51)).isFalse();
    }
}
