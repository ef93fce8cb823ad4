package cn.jinan.care.domain.casualty;

import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CasualtyCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final LocalDate DEATH = LocalDate.of(2025, 3, 10);

    private static Member deceased() {
        Member member = aMember().build();
        member.record(MemberEventKind.DIED, DEATH, "因公殉职", TODAY);
        return member;
    }

    private static CasualtyDetails died(LocalDate date, boolean martyr, LocalDate recognised) {
        return new CasualtyDetails(CasualtyKind.DIED_ON_DUTY, date, DeathCause.LINE_OF_DUTY, null, null, martyr,
                recognised, null, "王建华", "13905310001", DEATH.plusDays(5), null);
    }

    private static CasualtyDetails disabled(Integer grade) {
        return new CasualtyDetails(CasualtyKind.DISABLED_ON_DUTY, DEATH, null, grade, "腿部受伤", false, null, null,
                "王建华", null, DEATH, null);
    }

    private static void refusedOn(String field, String key, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }

    @Test
    void aDeathOnDutyIsFiledForADeceasedMemberOnTheDayOfDeath() {
        CasualtyCase c = CasualtyCase.open(deceased(), died(DEATH, false, null), TODAY);

        assertThat(c.isOpen()).isTrue();
        assertThat(c.isFollowedUp()).isTrue();
        assertThat(c.getCause()).isEqualTo(DeathCause.LINE_OF_DUTY);
    }

    @Test
    void aDeathOnDutyOfAMemberStillOnTheRosterIsRefused() {
        refusedOn("eventDate", "casualty.member.not-deceased",
                () -> CasualtyCase.open(aMember().build(), died(DEATH, false, null), TODAY));
    }

    @Test
    void theDateMustBeTheRecordedDateOfDeath() {
        refusedOn("eventDate", "casualty.date.not-death-date",
                () -> CasualtyCase.open(deceased(), died(DEATH.plusDays(1), false, null), TODAY));
    }

    @Test
    void aDeathNeedsItsCause() {
        CasualtyDetails noCause = new CasualtyDetails(CasualtyKind.DIED_ON_DUTY, DEATH, null, null, null, false, null,
                null, "王建华", null, DEATH, null);
        refusedOn("cause", "casualty.cause.required", () -> CasualtyCase.open(deceased(), noCause, TODAY));
    }

    @Test
    void aMartyrIsRecognisedOnOrAfterTheDeath() {
        refusedOn("martyrRecognisedOn", "casualty.martyr.before-death",
                () -> CasualtyCase.open(deceased(), died(DEATH, true, DEATH.minusDays(1)), TODAY));
        refusedOn("martyrRecognisedOn", "date.required",
                () -> CasualtyCase.open(deceased(), died(DEATH, true, null), TODAY));
        CasualtyCase c = CasualtyCase.open(deceased(), died(DEATH, true, DEATH), TODAY);
        assertThat(c.isMartyr()).isTrue();
        assertThat(c.getMartyrRecognisedOn()).isEqualTo(DEATH);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10})
    void aDisablementIsGradedFromOneToTen(int grade) {
        CasualtyCase c = CasualtyCase.open(aMember().build(), disabled(grade), TODAY);
        assertThat(c.getDisabilityGrade()).isEqualTo(grade);
        assertThat(c.isFollowedUp()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11})
    void aGradeOutsideOneToTenIsRefused(int grade) {
        refusedOn("disabilityGrade", "casualty.disability-grade.range",
                () -> CasualtyCase.open(aMember().build(), disabled(grade), TODAY));
    }

    @Test
    void aDeceasedMemberIsNotFiledAsDisabled() {
        refusedOn("kind", "casualty.disabled.deceased", () -> CasualtyCase.open(deceased(), disabled(5), TODAY));
    }

    @Test
    void theFileIsNotOpenedBeforeTheDeathNorInTheFuture() {
        CasualtyDetails early = new CasualtyDetails(CasualtyKind.DIED_ON_DUTY, DEATH, DeathCause.SACRIFICE, null,
                null, false, null, null, "王建华", null, DEATH.minusDays(1), null);
        refusedOn("openedOn", "casualty.opened.before-event", () -> CasualtyCase.open(deceased(), early, TODAY));
        CasualtyDetails future = new CasualtyDetails(CasualtyKind.DIED_ON_DUTY, DEATH, DeathCause.SACRIFICE, null,
                null, false, null, null, "王建华", null, TODAY.plusDays(1), null);
        refusedOn("openedOn", "date.not-in-future", () -> CasualtyCase.open(deceased(), future, TODAY));
    }

    @Test
    void theResponsiblePersonIsRequired() {
        CasualtyDetails nobody = new CasualtyDetails(CasualtyKind.DIED_ON_DUTY, DEATH, DeathCause.SACRIFICE, null,
                null, false, null, null, " ", null, DEATH, null);
        refusedOn("responsiblePerson", "common.required", () -> CasualtyCase.open(deceased(), nobody, TODAY));
    }

    @Test
    void theKindCannotChange() {
        CasualtyCase c = CasualtyCase.open(aMember().build(), disabled(4), TODAY);
        refusedOn("kind", "casualty.kind.fixed", () -> c.change(died(DEATH, false, null), TODAY));
    }

    @Test
    void aClosedCaseTakesNoFamilyMembersNorFollowUpsNorChanges() {
        CasualtyCase c = CasualtyCase.open(deceased(), died(DEATH, false, null), TODAY);
        refusedOn("closedOn", "casualty.close.before-opened", () -> c.close(DEATH, "子女已成年", TODAY));
        c.close(TODAY, "子女已成年，家庭生活稳定", TODAY);

        assertThat(c.isOpen()).isFalse();
        assertThat(c.isFollowedUp()).isFalse();
        refusedOn(null, "casualty.closed", () -> CasualtyFamilyMember.add(c, new FamilyMemberDetails(
                FamilyRelation.CHILD, "周子轩", 2015, null, null, null, null), TODAY));
        refusedOn(null, "casualty.closed", () -> CasualtyFollowUp.log(c, followUp(TODAY, null, null), TODAY));
        refusedOn(null, "casualty.closed", () -> c.change(died(DEATH, false, null), TODAY));
    }

    @Test
    void moneyGivenAtAFollowUpSaysWhereItCameFrom() {
        CasualtyCase c = CasualtyCase.open(deceased(), died(DEATH, false, null), TODAY);
        refusedOn("fundingSource", "casualty.funding-source.required",
                () -> CasualtyFollowUp.log(c, followUp(TODAY, new BigDecimal("500"), null), TODAY));
        CasualtyFollowUp f = CasualtyFollowUp.log(c, followUp(TODAY, new BigDecimal("500"), FundingSource.BUDGET),
                TODAY);
        assertThat(f.getAmount()).isEqualByComparingTo("500");
        assertThat(f.getFundingSource()).isEqualTo(FundingSource.BUDGET);
        assertThat(f.fulfils()).contains(RequiredAction.FAMILY_FOLLOW_UP);
    }

    @Test
    void aFollowUpIsNotBeforeTheDeath() {
        CasualtyCase c = CasualtyCase.open(deceased(), died(DEATH, false, null), TODAY);
        refusedOn("date", "casualty.follow-up.before-event",
                () -> CasualtyFollowUp.log(c, followUp(DEATH.minusDays(1), null, null), TODAY));
        assertThat(CasualtyFollowUp.log(c, followUp(DEATH, null, null), TODAY).getDate()).isEqualTo(DEATH);
    }

    @Test
    void aFollowUpOfADisabledMemberAnswersNoFamilyFollowUp() {
        CasualtyCase c = CasualtyCase.open(aMember().build(), disabled(6), TODAY);
        assertThat(CasualtyFollowUp.log(c, followUp(TODAY, null, null), TODAY).fulfils()).isEmpty();
    }

    @Test
    void aBirthYearIsNotInTheFuture() {
        CasualtyCase c = CasualtyCase.open(deceased(), died(DEATH, false, null), TODAY);
        refusedOn("birthYear", "casualty.family.birth-year.range", () -> CasualtyFamilyMember.add(c,
                new FamilyMemberDetails(FamilyRelation.CHILD, "周子轩", 2026, null, null, null, null), TODAY));
        assertThat(CasualtyFamilyMember.add(c, new FamilyMemberDetails(FamilyRelation.CHILD, "周子轩", 2025, null,
                null, null, null), TODAY).ageIn(2025)).isZero();
    }

    private static FollowUpDetails followUp(LocalDate date, BigDecimal amount, FundingSource source) {
        return new FollowUpDetails(date, "王建华", "家属情绪稳定", amount == null ? null : HelpKind.LIVING_ALLOWANCE,
                null, amount, source);
    }
}
