package cn.jinan.care.domain.policy;

import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** R03-TRAINING-HOURS, 第3条: 每年组织党员集中学习培训时间不少于32学时 — every member, 32 hours a year by default. */
class TrainingHoursQuotaTest {

    private final QuotaRule quota = QuotaRule.TRAINING_HOURS;

    @Test
    void isTheQuotaOfArticle3() {
        assertThat(quota.rule().code()).isEqualTo("R03-TRAINING-HOURS");
        assertThat(quota.rule().article()).isEqualTo(3);
        assertThat(quota.rule().kind()).isEqualTo(RuleKind.QUOTA);
        assertThat(QuotaRule.of(RuleCode.R03_TRAINING_HOURS)).isSameAs(quota);
    }

    @Test
    void everyMemberStudies() {
        assertThat(quota.appliesTo(aMember().build())).isTrue();
        assertThat(quota.appliesTo(aMember().leadingCadre().build())).isTrue();
        assertThat(quota.appliesTo(aMember().grassroots().build())).isTrue();
        assertThat(quota.appliesTo(aMember().retired().build())).isTrue();
    }

    @Test
    void requires32HoursAYearByDefault() {
        assertThat(quota.required(2025, Parameters.defaults())).isEqualByComparingTo("32");
    }

    @Test
    void requiresTheNumberInForceOnTheLastDayOfTheYear() {
        // raised to 40 from 2025-07-01: the whole of 2025 owes 40, 2024 still 32
        Parameters raisedMidYear = (key, day) -> key == ParameterKey.TRAINING_HOURS_PER_YEAR
                && !day.isBefore(LocalDate.of(2025, 7, 1)) ? BigDecimal.valueOf(40) : key.defaultValue();

        assertThat(quota.required(2024, raisedMidYear)).isEqualByComparingTo("32");
        assertThat(quota.required(2025, raisedMidYear)).isEqualByComparingTo("40");
    }

    @Test
    void aChangeFromNewYearsDayDoesNotReachBackIntoTheYearBefore() {
        Parameters raisedFrom2026 = (key, day) -> key == ParameterKey.TRAINING_HOURS_PER_YEAR
                && day.getYear() >= 2026 ? BigDecimal.valueOf(40) : key.defaultValue();

        assertThat(quota.required(2025, raisedFrom2026)).isEqualByComparingTo("32");
        assertThat(quota.required(2026, raisedFrom2026)).isEqualByComparingTo("40");
    }

    @Test
    void tenHoursOf32LeaveTwentyTwoMissing() {
        QuotaStatus status = quota.status(2025, new BigDecimal("10"), false, Parameters.defaults());

        assertThat(status.rule()).isEqualTo(RuleCode.R03_TRAINING_HOURS);
        assertThat(status.required()).isEqualByComparingTo("32");
        assertThat(status.done()).isEqualByComparingTo("10");
        assertThat(status.missing()).isEqualByComparingTo("22");
        assertThat(status.met()).isFalse();
    }

    @Test
    void halfHoursCount() {
        assertThat(quota.status(2025, new BigDecimal("31.5"), false, Parameters.defaults()).missing())
                .isEqualByComparingTo("0.5");
    }
}
