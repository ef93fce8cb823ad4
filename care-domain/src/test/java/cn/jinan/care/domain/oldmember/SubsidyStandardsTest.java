package cn.jinan.care.domain.oldmember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 第26条 定期增长机制: a year not decided is the last decided standard raised by the parameter each year. */
class SubsidyStandardsTest {

    private static final SubsidyStandard DECIDED_2024 = SubsidyStandard.decide(2024, new BigDecimal("600"),
            FundingSource.BUDGET, null);

    @Test
    void aDecidedYearHasItsOwnStandard() {
        assertThat(SubsidyStandards.forYear(2024, List.of(DECIDED_2024), Parameters.defaults())).contains(
                new YearStandard(2024, new BigDecimal("600.00"), FundingSource.BUDGET, true, 2024));
    }

    @Test
    void laterYearsAreRaisedByTheParameterEachYearToWholeYuan() {
        // 600 × 1.05 = 630; 630 × 1.05 = 661.5 → 662
        assertThat(SubsidyStandards.forYear(2025, List.of(DECIDED_2024), Parameters.defaults()))
                .map(YearStandard::monthlyAmount).contains(new BigDecimal("630.00"));
        assertThat(SubsidyStandards.forYear(2026, List.of(DECIDED_2024), Parameters.defaults())).contains(
                new YearStandard(2026, new BigDecimal("662.00"), FundingSource.BUDGET, false, 2024));
    }

    @Test
    void theRaiseOfEachYearIsTheOneInForceThatYear() {
        Parameters tenPercentFrom2026 = (key, day) -> key == ParameterKey.OLD_MEMBER_SUBSIDY_RAISE_PERCENT
                && day.getYear() >= 2026 ? BigDecimal.TEN : key.defaultValue();

        assertThat(SubsidyStandards.forYear(2026, List.of(DECIDED_2024), tenPercentFrom2026))
                .map(YearStandard::monthlyAmount).contains(new BigDecimal("693.00"));
    }

    @Test
    void noStandardBeforeTheFirstDecidedYear() {
        assertThat(SubsidyStandards.forYear(2023, List.of(DECIDED_2024), Parameters.defaults())).isEmpty();
    }

    @Test
    void aQuarterPaysThreeMonthsOfTheStandard() {
        YearStandard standard = SubsidyStandards.forYear(2024, List.of(DECIDED_2024), Parameters.defaults())
                .orElseThrow();
        assertThat(standard.amountFor(SubsidyPeriod.quarter(2024, 1))).isEqualByComparingTo("1800");
    }

    @Test
    void rejectsAStandardOfNothing() {
        assertThatThrownBy(() -> SubsidyStandard.decide(2025, BigDecimal.ZERO, FundingSource.BUDGET, null))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "monthlyAmount");
    }
}
