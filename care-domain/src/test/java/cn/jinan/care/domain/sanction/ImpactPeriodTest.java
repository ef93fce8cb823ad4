package cn.jinan.care.domain.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R20-IMPACT-PERIOD (第20条): 警告 12 months, 严重警告 18, 撤销党内职务 24, 留党察看 the probation (12 or 24) plus 24;
 * 开除党籍 ends membership. The period includes its last day; the member is listed again the day after.
 */
class ImpactPeriodTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 1);

    @ParameterizedTest
    @CsvSource({
        "WARNING,                    , 2026-02-28",
        "SERIOUS_WARNING,            , 2026-08-31",
        "REMOVAL_FROM_POST,          , 2027-02-28",
        "PROBATION,                12, 2028-02-29",
        "PROBATION,                24, 2029-02-28",
        "ADMONITION,                 , 2025-08-31",
        "ORGANIZATIONAL_ADJUSTMENT,  , 2026-02-28"})
    void eachTypeLastsItsMonthsFromTheDecision(SanctionType type, Integer probation, LocalDate lastDay) {
        ImpactPeriod period = ImpactPeriod.of(type, DECIDED, probation, Parameters.defaults());
        assertThat(period.from()).isEqualTo(DECIDED);
        assertThat(period.lastDay()).isEqualTo(lastDay);
        assertThat(period.endsAfter()).isEqualTo(lastDay.plusDays(1));
    }

    @Test
    void theMemberIsInsideOnTheLastDayAndOutsideTheDayAfter() {
        ImpactPeriod warning = ImpactPeriod.of(SanctionType.WARNING, DECIDED, null, Parameters.defaults());
        assertThat(warning.covers(DECIDED.minusDays(1))).isFalse();
        assertThat(warning.covers(DECIDED)).isTrue();
        assertThat(warning.covers(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(warning.covers(LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void probationOf12And24MonthsBothAdd24Months() {
        assertThat(ImpactPeriod.of(SanctionType.PROBATION, DECIDED, 12, Parameters.defaults()).lastDay())
                .isEqualTo(DECIDED.plusMonths(36).minusDays(1));
        assertThat(ImpactPeriod.of(SanctionType.PROBATION, DECIDED, 24, Parameters.defaults()).lastDay())
                .isEqualTo(DECIDED.plusMonths(48).minusDays(1));
    }

    @Test
    void probationNeeds12Or24MonthsAndOnlyProbationHasThem() {
        assertThatThrownBy(() -> ImpactPeriod.of(SanctionType.PROBATION, DECIDED, null, Parameters.defaults()))
                .isInstanceOf(DomainException.class).hasMessageContaining("sanction.probation.required");
        assertThatThrownBy(() -> ImpactPeriod.of(SanctionType.PROBATION, DECIDED, 18, Parameters.defaults()))
                .isInstanceOf(DomainException.class).hasMessageContaining("sanction.probation.months");
        assertThatThrownBy(() -> ImpactPeriod.of(SanctionType.WARNING, DECIDED, 12, Parameters.defaults()))
                .isInstanceOf(DomainException.class).hasMessageContaining("sanction.probation.only-for-probation");
    }

    @Test
    void expulsionHasNoPeriodItEndsMembership() {
        assertThat(SanctionType.EXPULSION.endsMembership()).isTrue();
        assertThat(SanctionType.EXPULSION.impactMonths()).isEmpty();
        assertThatThrownBy(() -> ImpactPeriod.of(SanctionType.EXPULSION, DECIDED, null, Parameters.defaults()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theMonthsAreParametersInForceOnTheDayOfTheDecision() {
        Parameters changed = (key, day) -> key == ParameterKey.IMPACT_MONTHS_WARNING
                && !day.isBefore(LocalDate.of(2026, 1, 1)) ? new BigDecimal("6") : key.defaultValue();
        assertThat(ImpactPeriod.of(SanctionType.WARNING, LocalDate.of(2025, 12, 31), null, changed).lastDay())
                .isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(ImpactPeriod.of(SanctionType.WARNING, LocalDate.of(2026, 1, 1), null, changed).lastDay())
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ParameterKey.IMPACT_MONTHS_WARNING.rule()).isEqualTo(RuleCode.R20_IMPACT_PERIOD);
    }
}
