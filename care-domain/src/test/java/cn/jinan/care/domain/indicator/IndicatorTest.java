package cn.jinan.care.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.indicator.IndicatorStatus.State;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each indicator at its threshold, with the regulation's parameters and with a parameter changed mid-way. */
class IndicatorTest {

    private static final Parameters DEFAULTS = Parameters.defaults();

    private static State state(Indicator indicator, String value) {
        return indicator.status(2025, value == null ? null : new BigDecimal(value), DEFAULTS).state();
    }

    @Test
    void r14FourRecruitsAreNotEnoughFiveAre() {
        assertThat(state(Indicator.R14, "4")).isEqualTo(State.NOT_MET);
        assertThat(state(Indicator.R14, "5")).isEqualTo(State.MET);
    }

    @Test
    void r15NineteenPointNinePercentIsNotEnoughTwentyIs() {
        assertThat(state(Indicator.R15, "19.9")).isEqualTo(State.NOT_MET);
        assertThat(state(Indicator.R15, "20")).isEqualTo(State.MET);
        assertThat(state(Indicator.R15, "20.0")).isEqualTo(State.MET);
    }

    @Test
    void r16TwoAssessmentsAreTooManyOneIsFine() {
        assertThat(state(Indicator.R16, "2")).isEqualTo(State.NOT_MET);
        assertThat(state(Indicator.R16, "1")).isEqualTo(State.MET);
        assertThat(state(Indicator.R16, "0")).isEqualTo(State.MET);
    }

    @Test
    void r25FourOfFiveSmallsAreNotEnoughFiveAre() {
        assertThat(state(Indicator.R25, Integer.toString(
                new FiveSmalls(true, true, false, true, true).inPlace()))).isEqualTo(State.NOT_MET);
        assertThat(state(Indicator.R25, Integer.toString(
                new FiveSmalls(true, true, true, true, true).inPlace()))).isEqualTo(State.MET);
    }

    @Test
    void nothingEnteredIsNotEnteredNotNotMet() {
        assertThat(state(Indicator.R15, null)).isEqualTo(State.NOT_ENTERED);
    }

    @Test
    void theThresholdIsTheValueInForceOnTheYearsLastDay() {
        // R14 raised to 6 from 2026-07-01: 2025 still reads 5, 2026 reads 6 (in force on its December 31)
        Parameters raised = (key, day) -> key == ParameterKey.RECRUITS_PER_YEAR
                && !day.isBefore(LocalDate.of(2026, 7, 1)) ? new BigDecimal("6") : key.defaultValue();
        assertThat(Indicator.R14.status(2025, new BigDecimal("5"), raised).state()).isEqualTo(State.MET);
        assertThat(Indicator.R14.status(2026, new BigDecimal("5"), raised).state()).isEqualTo(State.NOT_MET);
        assertThat(Indicator.R14.status(2026, new BigDecimal("5"), raised).threshold()).isEqualByComparingTo("6");
    }

    @Test
    void eachIndicatorIsEnteredForOrganizationsOfItsLevel() {
        assertThat(Indicator.R14.level()).isEqualTo(cn.jinan.care.domain.organization.OrgLevel.MUNICIPAL);
        assertThat(Indicator.R15.level()).isEqualTo(cn.jinan.care.domain.organization.OrgLevel.STREET);
        assertThat(Indicator.R16.level()).isEqualTo(cn.jinan.care.domain.organization.OrgLevel.STREET);
        assertThat(Indicator.R25.level()).isEqualTo(cn.jinan.care.domain.organization.OrgLevel.STREET);
    }
}
