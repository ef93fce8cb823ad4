package cn.jinan.care.domain.recuperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RecuperationTest {

    private final HolidayCalendar calendar = ShippedCalendar.of2026();
    private final Parameters parameters = Parameters.defaults();

    private static RecuperationDetails stay(String start, String end) {
        return new RecuperationDetails("青岛职工疗休养院", LocalDate.parse(start), LocalDate.parse(end), "王芳",
                new BigDecimal("3200.00"), FundingSource.TRADE_UNION, null);
    }

    private Recuperation log(RecuperationDetails details) {
        return Recuperation.log(null, details, calendar, parameters);
    }

    private static void assertRefused(Runnable action, String field, String key, Object... arguments) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).isEqualTo(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
            if (arguments.length > 0) {
                assertThat(e.getArguments()).containsExactly(arguments);
            }
        });
    }

    @Test
    void acceptsFiveWorkingDaysAcrossNationalDay() {
        Recuperation r = log(stay("2026-09-28", "2026-10-09"));
        assertThat(r.getWorkingDays()).isEqualTo(5);
        assertThat(r.getStartDate()).isEqualTo(LocalDate.of(2026, 9, 28));
    }

    @Test
    void acceptsSevenWorkingDaysIncludingTheSaturdayMakeUpDay() {
        // 9月28日–30日, 10月8日, 9日, 10日 (周六上班), 12日
        assertThat(log(stay("2026-09-28", "2026-10-12")).getWorkingDays()).isEqualTo(7);
    }

    @Test
    void acceptsFiveWorkingDaysAroundTheSpringFestival() {
        assertThat(log(stay("2026-02-12", "2026-02-25")).getWorkingDays()).isEqualTo(5);
    }

    @Test
    void refusesFourWorkingDaysNamingTheCount() {
        // seven calendar days, but 中秋 and the weekend leave four working days
        assertRefused(() -> log(stay("2026-09-21", "2026-09-27")), "endDate",
                "recuperation.working-days.out-of-range", 4, 5, 7);
    }

    @Test
    void refusesEightWorkingDaysNamingTheCount() {
        assertRefused(() -> log(stay("2026-09-28", "2026-10-13")), "endDate",
                "recuperation.working-days.out-of-range", 8, 5, 7);
    }

    @Test
    void refusesEightWorkingDaysAcrossTheSpringFestival() {
        assertRefused(() -> log(stay("2026-02-12", "2026-02-28")), "endDate",
                "recuperation.working-days.out-of-range", 8, 5, 7);
    }

    @Test
    void refusesAStayEndingBeforeItStarts() {
        assertRefused(() -> log(stay("2026-03-10", "2026-03-02")), "endDate", "recuperation.end.before-start");
    }

    @Test
    void refusesAStayInAYearWhoseHolidayArrangementIsUnknown() {
        assertRefused(() -> log(stay("2030-03-04", "2030-03-08")), "startDate", "recuperation.calendar.missing",
                "2030");
    }

    @Test
    void theLimitsInForceOnTheFirstDayApply() {
        Map<LocalDate, CalendarDayKind> days = new TreeMap<>(ShippedCalendar.days2026());
        days.put(LocalDate.of(2027, 1, 1), CalendarDayKind.HOLIDAY);
        HolidayCalendar both = HolidayCalendar.of(days);
        Parameters from2027 = (key, day) -> key == ParameterKey.RECUPERATION_MIN_WORKING_DAYS && day.getYear() >= 2027
                ? BigDecimal.valueOf(4) : key.defaultValue();
        RecuperationDetails fourIn2027 = stay("2027-03-01", "2027-03-04");
        assertThat(Recuperation.log(null, fourIn2027, both, from2027).getWorkingDays()).isEqualTo(4);
        assertRefused(() -> Recuperation.log(null, stay("2026-03-02", "2026-03-05"), both, from2027), "endDate",
                "recuperation.working-days.out-of-range", 4, 5, 7);
    }

    @Test
    void isNeverAnnualLeave() {
        assertThat(log(stay("2026-03-02", "2026-03-06")).isCountsAsAnnualLeave()).isFalse();
    }

    @Test
    void aCostNeedsAFundingSource() {
        RecuperationDetails d = new RecuperationDetails("泰山疗养院", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 6), null, new BigDecimal("1500"), null, null);
        assertRefused(() -> log(d), "fundingSource", "recuperation.funding-source.required");
    }

    @Test
    void noCostNeedsNoFundingSource() {
        RecuperationDetails d = new RecuperationDetails("泰山疗养院", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 6), null, null, null, null);
        assertThat(log(d).getCost()).isZero();
    }

    @Test
    void refusesANegativeCost() {
        RecuperationDetails d = new RecuperationDetails("泰山疗养院", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 6), null, new BigDecimal("-1"), FundingSource.BUDGET, null);
        assertRefused(() -> log(d), "cost", "recuperation.cost.negative");
    }

    @Test
    void refusesAMissingPlace() {
        RecuperationDetails d = new RecuperationDetails(" ", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6),
                null, null, null, null);
        assertRefused(() -> log(d), "place", "common.required");
    }

    @Test
    void aChangeIsCheckedAgain() {
        Recuperation r = log(stay("2026-03-02", "2026-03-06"));
        assertRefused(() -> r.change(stay("2026-03-02", "2026-03-05"), calendar, parameters), "endDate",
                "recuperation.working-days.out-of-range", 4, 5, 7);
        r.change(stay("2026-03-02", "2026-03-10"), calendar, parameters);
        assertThat(r.getWorkingDays()).isEqualTo(7);
    }
}
