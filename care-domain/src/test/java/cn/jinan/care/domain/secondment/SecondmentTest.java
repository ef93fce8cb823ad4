package cn.jinan.care.domain.secondment;

import static cn.jinan.care.domain.delegate.Delegates.TODAY;
import static cn.jinan.care.domain.shared.Entities.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.delegate.Delegates;
import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 第12条 调、挂、派: one secondment at a time; "current" is today within start..end or an open end. */
class SecondmentTest {

    private final Member member = Delegates.member("张伟", DelegateLevel.NONE);

    private Secondment from(LocalDate start, LocalDate end, long id) {
        return withId(Secondment.of(member, null, null, new SecondmentDetails(SecondmentKind.DOWN_POSTING,
                SecondmentDirection.CITY_ORGAN_TO_STREET, "市发展改革委", "解放路街道", "副主任", start, end, null, null),
                TODAY), id);
    }

    @Test
    void isCurrentFromItsFirstThroughItsLastDay() {
        Secondment s = from(TODAY.minusMonths(6), TODAY, 1);
        assertThat(s.isCurrentOn(TODAY)).isTrue();
        assertThat(s.isCurrentOn(TODAY.minusMonths(6))).isTrue();
        assertThat(s.isCurrentOn(TODAY.plusDays(1))).isFalse();
        assertThat(s.isCurrentOn(TODAY.minusMonths(6).minusDays(1))).isFalse();
        assertThat(s.period().endedBefore(TODAY.plusDays(1))).isTrue();
    }

    @Test
    void anOpenEndIsCurrentUntilFurtherNotice() {
        Secondment s = from(TODAY.minusYears(2), null, 1);
        assertThat(s.isCurrentOn(TODAY.plusYears(5))).isTrue();
        assertThat(s.period().endedBefore(TODAY.plusYears(5))).isFalse();
    }

    @Test
    void refusesAPeriodSharingADayWithAnotherOfTheMember() {
        Secondment earlier = from(TODAY.minusYears(1), TODAY.minusDays(10), 1);
        Secondment touching = from(TODAY.minusDays(10), null, 2);
        assertThatThrownBy(() -> touching.requireNoOverlap(List.of(earlier)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "startDate")
                .hasFieldOrPropertyWithValue("messageKey", "secondment.overlap");
    }

    @Test
    void acceptsTheNextDayAndIgnoresItself() {
        Secondment earlier = from(TODAY.minusYears(1), TODAY.minusDays(10), 1);
        Secondment next = from(TODAY.minusDays(9), null, 2);
        next.requireNoOverlap(List.of(earlier, next));
        earlier.requireNoOverlap(List.of(earlier, next));
    }

    @Test
    void anOpenEndedOneOverlapsEverythingAfterItsStart() {
        Secondment open = from(TODAY.minusYears(1), null, 1);
        Secondment later = from(TODAY.plusMonths(3), TODAY.plusMonths(4), 2);
        assertThatThrownBy(() -> later.requireNoOverlap(List.of(open))).isInstanceOf(DomainException.class);
    }

    @Test
    void theEndCannotComeBeforeTheStart() {
        assertThatThrownBy(() -> from(TODAY, TODAY.minusDays(1), 1))
                .hasFieldOrPropertyWithValue("field", "endDate");
    }

    @Test
    void needsBothUnitsAndTheyDiffer() {
        assertThatThrownBy(() -> Secondment.of(member, null, null, new SecondmentDetails(SecondmentKind.EXCHANGE,
                SecondmentDirection.OTHER, "市委组织部", " ", null, TODAY, null, null, null), TODAY))
                .hasFieldOrPropertyWithValue("field", "toUnit")
                .hasFieldOrPropertyWithValue("messageKey", "secondment.unit.required");
        assertThatThrownBy(() -> Secondment.of(member, null, null, new SecondmentDetails(SecondmentKind.EXCHANGE,
                SecondmentDirection.OTHER, "市委组织部", "市委组织部", null, TODAY, null, null, null), TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "secondment.unit.same");
    }

    @Test
    void aPickedOrganizationGivesTheUnitItsName() {
        Secondment s = Secondment.of(member, member.getOrganization(), null, new SecondmentDetails(
                SecondmentKind.FIRST_SECRETARY, SecondmentDirection.TO_VILLAGE, null, "平阴县孝直镇某村", null,
                TODAY.minusDays(1), null, null, null), TODAY);
        assertThat(s.getFromUnit()).isEqualTo("第一支部");
        assertThat(s.getFromOrganization()).isEqualTo(member.getOrganization());
    }

    @Test
    void aStartMoreThanAYearAheadIsRefused() {
        assertThatThrownBy(() -> from(TODAY.plusYears(1).plusDays(1), null, 1))
                .hasFieldOrPropertyWithValue("messageKey", "secondment.start.too-far");
        from(TODAY.plusYears(1), null, 1);
    }
}
