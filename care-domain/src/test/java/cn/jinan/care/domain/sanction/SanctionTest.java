package cn.jinan.care.domain.sanction;

import static cn.jinan.care.domain.member.Members.TODAY;
import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SanctionTest {

    private final Member member = aMember().build();

    private static SanctionDetails details(SanctionType type, LocalDate decided, Integer probation) {
        return new SanctionDetails(type, decided, "中共历下区纪委", "历纪发〔2025〕3号", probation, "违反工作纪律");
    }

    @Test
    void keepsTheLastDayOfItsImpactPeriod() {
        Sanction s = Sanction.record(member, details(SanctionType.SERIOUS_WARNING, LocalDate.of(2025, 1, 10), null),
                Parameters.defaults(), TODAY);
        assertThat(s.getImpactUntil()).isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(s.inImpactOn(LocalDate.of(2026, 7, 9))).isTrue();
        assertThat(s.inImpactOn(LocalDate.of(2026, 7, 10))).isFalse();
    }

    @Test
    void aCorrectionWorksThePeriodOutAgain() {
        Sanction s = Sanction.record(member, details(SanctionType.WARNING, LocalDate.of(2025, 1, 10), null),
                Parameters.defaults(), TODAY);
        s.change(details(SanctionType.PROBATION, LocalDate.of(2025, 1, 10), 24), Parameters.defaults(), TODAY);
        assertThat(s.getImpactUntil()).isEqualTo(LocalDate.of(2029, 1, 9));
    }

    @Test
    void anExpulsionHasNoPeriodAndStaysAnExpulsion() {
        Sanction s = Sanction.record(member, details(SanctionType.EXPULSION, LocalDate.of(2025, 1, 10), null),
                Parameters.defaults(), TODAY);
        assertThat(s.impactPeriod()).isEmpty();
        assertThat(s.inImpactOn(LocalDate.of(2025, 1, 10))).isFalse();
        assertThatThrownBy(() -> s.change(details(SanctionType.WARNING, LocalDate.of(2025, 1, 10), null),
                Parameters.defaults(), TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("sanction.expulsion.fixed");
    }

    @Test
    void expellingTakesTheMemberOffTheRoster() {
        Member m = aMember().build();
        m.expel(LocalDate.of(2025, 1, 10));
        assertThat(m.getStatus()).isEqualTo(MemberStatus.LEFT);
        assertThat(m.getStatusDate()).isEqualTo(LocalDate.of(2025, 1, 10));
    }

    @Test
    void refusesADecisionInTheFutureOrBeforeAdmission() {
        assertThatThrownBy(() -> Sanction.record(member, details(SanctionType.WARNING, TODAY.plusDays(1), null),
                Parameters.defaults(), TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("date.not-in-future");
        assertThatThrownBy(() -> Sanction.record(member,
                details(SanctionType.WARNING, member.getAdmittedDate().minusDays(1), null), Parameters.defaults(),
                TODAY)).isInstanceOf(DomainException.class).hasMessageContaining("sanction.decided.before-admitted");
    }

    @Test
    void needsTheDecidingBodyAndTheGrounds() {
        assertThatThrownBy(() -> Sanction.record(member, new SanctionDetails(SanctionType.WARNING,
                LocalDate.of(2025, 1, 10), " ", null, null, "理由"), Parameters.defaults(), TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("decidingBody");
        assertThatThrownBy(() -> Sanction.record(member, new SanctionDetails(SanctionType.WARNING,
                LocalDate.of(2025, 1, 10), "纪委", null, null, null), Parameters.defaults(), TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("grounds");
    }
}
