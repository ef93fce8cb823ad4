package cn.jinan.care.domain.oldmember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.shared.DomainException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SubsidyPeriodTest {

    @Test
    void aQuarterCoversItsThreeMonths() {
        assertThat(SubsidyPeriod.quarter(2025, 2).months())
                .containsExactly(YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6));
    }

    @Test
    void aQuarterOverlapsEachOfItsMonthsAndNoMonthOutsideIt() {
        SubsidyPeriod q2 = SubsidyPeriod.quarter(2025, 2);

        assertThat(q2.overlaps(SubsidyPeriod.month(YearMonth.of(2025, 4)))).isTrue();
        assertThat(q2.overlaps(SubsidyPeriod.month(YearMonth.of(2025, 6)))).isTrue();
        assertThat(q2.overlaps(SubsidyPeriod.month(YearMonth.of(2025, 3)))).isFalse();
        assertThat(q2.overlaps(SubsidyPeriod.month(YearMonth.of(2025, 7)))).isFalse();
        assertThat(q2.overlaps(SubsidyPeriod.quarter(2025, 3))).isFalse();
    }

    @Test
    void rejectsAQuarterThatDoesNotStartAQuarter() {
        assertThatThrownBy(() -> new SubsidyPeriod(PeriodKind.QUARTER, YearMonth.of(2025, 2)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "month")
                .hasFieldOrPropertyWithValue("messageKey", "oldmember.period.quarter-start");
    }
}
