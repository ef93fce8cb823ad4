package cn.jinan.care.domain.policy;

import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R08-SUPERIOR-TALKS, 第8条: 实行"双向"谈话，上级党组织负责同志与基层党员干部每年普遍谈心谈话不少于2次 — grassroots members only, 2 a
 * year by default.
 */
class SuperiorTalksQuotaTest {

    private final QuotaRule quota = QuotaRule.SUPERIOR_TALKS;

    @Test
    void isTheQuotaOfArticle8() {
        assertThat(quota.rule().code()).isEqualTo("R08-SUPERIOR-TALKS");
        assertThat(quota.rule().article()).isEqualTo(8);
        assertThat(QuotaRule.of(RuleCode.R08_SUPERIOR_TALKS)).isSameAs(quota);
    }

    @Test
    void onlyGrassrootsMembersHaveSuperiorTalks() {
        assertThat(quota.appliesTo(aMember().grassroots().build())).isTrue();
        assertThat(quota.appliesTo(aMember().build())).isFalse();
        assertThat(quota.appliesTo(aMember().leadingCadre().build())).isFalse();
    }

    @Test
    void aGrassrootsMemberOwesTwoTalksAYear() {
        assertThat(quota.required(2025, Parameters.defaults())).isEqualByComparingTo("2");
        assertThat(quota.status(2025, BigDecimal.ZERO, false, Parameters.defaults()).missing())
                .isEqualByComparingTo("2");
    }

    @Test
    void theRequiredNumberIsTheOneInForceOnDecember31() {
        Parameters threeFromDecember31 = (key, day) -> key == ParameterKey.SUPERIOR_TALKS_PER_YEAR
                && !day.isBefore(LocalDate.of(2025, 12, 31)) ? BigDecimal.valueOf(3) : key.defaultValue();

        assertThat(quota.required(2025, threeFromDecember31)).isEqualByComparingTo("3");
    }

    @Test
    void aGrassrootsCadreHasAllThreeQuotasAndAPlainMemberOnlyStudy() {
        Member grassrootsCadre = aMember().grassroots().leadingCadre().build();

        assertThat(QuotaRule.applicableTo(grassrootsCadre)).containsExactly(QuotaRule.values());
        assertThat(QuotaRule.applicableTo(aMember().build())).containsExactly(QuotaRule.TRAINING_HOURS);
    }

    @ParameterizedTest
    @EnumSource(value = RuleCode.class, names = {"R08_TALK_ON_EVENT", "R22_HEALTH_CHECK", "R14_RECRUIT_QUOTA"})
    void aRuleThatIsNotAMemberQuotaHasNoQuotaRule(RuleCode code) {
        assertThatThrownBy(() -> QuotaRule.of(code)).isInstanceOf(IllegalArgumentException.class);
    }
}
