package cn.jinan.care.domain.policy;

import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.member.Member;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** R04-LECTURES, 第4条: 党员领导干部带头每年深入基层为党员至少讲2次党课 — leading cadres only, 2 a year by default. */
class LecturesQuotaTest {

    private final QuotaRule quota = QuotaRule.LECTURES;

    @Test
    void isTheQuotaOfArticle4() {
        assertThat(quota.rule().code()).isEqualTo("R04-LECTURES");
        assertThat(quota.rule().article()).isEqualTo(4);
        assertThat(QuotaRule.of(RuleCode.R04_LECTURES)).isSameAs(quota);
    }

    @Test
    void onlyLeadingCadresLecture() {
        assertThat(quota.appliesTo(aMember().leadingCadre().build())).isTrue();
        assertThat(quota.appliesTo(aMember().build())).isFalse();
        assertThat(quota.appliesTo(aMember().grassroots().build())).isFalse();
    }

    @Test
    void aLeadingCadreOwesTwoLecturesAYear() {
        assertThat(quota.required(2025, Parameters.defaults())).isEqualByComparingTo("2");
        assertThat(quota.status(2025, BigDecimal.ONE, false, Parameters.defaults()).missing())
                .isEqualByComparingTo("1");
        assertThat(quota.status(2025, BigDecimal.valueOf(2), false, Parameters.defaults()).met()).isTrue();
    }

    @Test
    void theQuotasOfALeadingCadreAreStudyAndLectures() {
        Member cadre = aMember().leadingCadre().build();

        assertThat(QuotaRule.applicableTo(cadre)).containsExactly(QuotaRule.TRAINING_HOURS, QuotaRule.LECTURES);
    }
}
