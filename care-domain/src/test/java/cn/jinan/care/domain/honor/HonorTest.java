package cn.jinan.care.domain.honor;

import static cn.jinan.care.domain.member.Members.TODAY;
import static cn.jinan.care.domain.member.Members.aMember;
import static cn.jinan.care.domain.member.Members.branchOfMembers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HonorTest {

    private final Member member = aMember().build();

    private static HonorDetails details(HonorKind kind, String title, BigDecimal amount, FundingSource source) {
        return new HonorDetails(kind, 2024, title, AwardLevel.MUNICIPAL, LocalDate.of(2025, 6, 1), "中共济南市委",
                "济发〔2025〕12号", amount, source, null);
    }

    @Test
    void recordsAMembersHonorWithItsReward() {
        Honor h = Honor.forMember(member, details(HonorKind.OUTSTANDING_MEMBER, null, new BigDecimal("2000"),
                FundingSource.PARTY_FEES), TODAY);
        assertThat(h.getRewardAmount()).isEqualByComparingTo("2000.00");
        assertThat(h.holderOrganization()).isEqualTo(member.getOrganization());
    }

    @Test
    void aRewardNeedsItsFundingSource() {
        assertThatThrownBy(() -> Honor.forMember(member, details(HonorKind.OUTSTANDING_MEMBER, null,
                new BigDecimal("500"), null), TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("fundingSource");
        Honor none = Honor.forMember(member, details(HonorKind.OUTSTANDING_MEMBER, null, BigDecimal.ZERO,
                FundingSource.BUDGET), TODAY);
        assertThat(none.getFundingSource()).isNull();
    }

    @Test
    void aTitleIsNeededWhereTheKindDoesNotNameTheHonor() {
        assertThatThrownBy(() -> Honor.forOrganization(branchOfMembers(), details(HonorKind.STUDIO, " ", null, null),
                TODAY)).isInstanceOf(DomainException.class).hasMessageContaining("title");
        Honor studio = Honor.forOrganization(branchOfMembers(), details(HonorKind.STUDIO, "红心向党工作室", null, null),
                TODAY);
        assertThat(studio.getTitle()).isEqualTo("红心向党工作室");
    }

    @Test
    void memberKindsGoToMembersAndOrganizationKindsToOrganizations() {
        assertThatThrownBy(() -> Honor.forOrganization(branchOfMembers(),
                details(HonorKind.OUTSTANDING_MEMBER, null, null, null), TODAY)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Honor.forMember(member, details(HonorKind.ADVANCED_ORGANIZATION, null, null, null),
                TODAY)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Honor.forMember(member, details(HonorKind.MEDAL_50, null, null, null), TODAY))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theYearCannotBeAfterTheAwardAndTheAwardNotInTheFuture() {
        HonorDetails future = new HonorDetails(HonorKind.OUTSTANDING_MEMBER, 2026, null, AwardLevel.MUNICIPAL,
                LocalDate.of(2025, 6, 1), "市委", null, null, null, null);
        assertThatThrownBy(() -> Honor.forMember(member, future, TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("honor.year.range");
        HonorDetails tomorrow = new HonorDetails(HonorKind.OUTSTANDING_MEMBER, 2025, null, AwardLevel.MUNICIPAL,
                TODAY.plusDays(1), "市委", null, null, null, null);
        assertThatThrownBy(() -> Honor.forMember(member, tomorrow, TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("date.not-in-future");
    }

    @Test
    void theMedalIsNational() {
        Honor medal = Honor.medal(member, 2025, LocalDate.of(2025, 6, 1), "中共中央", null, TODAY);
        assertThat(medal.isMedal()).isTrue();
        assertThat(medal.getLevel()).isEqualTo(AwardLevel.NATIONAL);
        assertThatThrownBy(() -> medal.change(details(HonorKind.OUTSTANDING_MEMBER, null, null, null), TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("honor.kind.fixed");
    }
}
