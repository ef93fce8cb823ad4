package cn.jinan.care.domain.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Members;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 第17条: investigation, then the judgment against the three distinctions, then the decision. */
class FaultToleranceCaseTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final LocalDate RECEIVED = LocalDate.of(2025, 3, 1);

    static FaultToleranceCase received() {
        return FaultToleranceCase.open(Members.aMember().build(), FaultToleranceOrigin.APPLICATION, RECEIVED,
                "先行先试推行街巷长制，因经验不足出现程序瑕疵", TODAY);
    }

    static FaultToleranceCase assessed(boolean experience, boolean notProhibited, boolean development) {
        FaultToleranceCase c = received();
        c.investigate(RECEIVED.plusDays(10), "区委组织部调查组", "属实，未谋取私利", TODAY);
        c.assess(RECEIVED.plusDays(20), experience, notProhibited, development, "符合容错情形", TODAY);
        return c;
    }

    @Test
    void followsItsStepsToAGrantedDecision() {
        FaultToleranceCase c = assessed(true, true, true);
        c.decide(FaultToleranceDecision.EXEMPTED, RECEIVED.plusDays(30), "区委", "符合三个区分开来，予以免责", TODAY);
        assertThat(c.getStatus()).isEqualTo(FaultToleranceStatus.DECIDED);
        assertThat(c.isGranted()).isTrue();
    }

    @Test
    void cannotBeAssessedBeforeItIsInvestigated() {
        FaultToleranceCase c = received();
        assertThatThrownBy(() -> c.assess(RECEIVED.plusDays(20), true, true, true, "研判", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "case.step.out-of-order");
    }

    @Test
    void cannotBeDecidedBeforeItIsAssessed() {
        FaultToleranceCase c = received();
        c.investigate(RECEIVED.plusDays(10), "调查组", "属实", TODAY);
        assertThatThrownBy(() -> c.decide(FaultToleranceDecision.NOT_GRANTED, RECEIVED.plusDays(30), "区委", "理由",
                TODAY)).hasFieldOrPropertyWithValue("messageKey", "case.step.out-of-order");
    }

    @Test
    void everyDistinctionMustBeAnswered() {
        FaultToleranceCase c = received();
        c.investigate(RECEIVED.plusDays(10), "调查组", "属实", TODAY);
        assertThatThrownBy(() -> c.assess(RECEIVED.plusDays(20), true, null, true, "研判", TODAY))
                .hasFieldOrPropertyWithValue("field", "notProhibited");
    }

    @Test
    void anErrorForPrivateGainIsNotTolerated() {
        FaultToleranceCase c = assessed(true, true, false);
        assertThatThrownBy(() -> c.decide(FaultToleranceDecision.LIGHTENED, RECEIVED.plusDays(30), "区委", "理由",
                TODAY)).hasFieldOrPropertyWithValue("messageKey", "fault-tolerance.decision.distinctions-against");
        c.decide(FaultToleranceDecision.NOT_GRANTED, RECEIVED.plusDays(30), "区委", "为谋取私利，不予容错", TODAY);
        assertThat(c.isGranted()).isFalse();
    }

    @Test
    void aStepIsNotDatedBeforeTheOneBefore() {
        FaultToleranceCase c = received();
        assertThatThrownBy(() -> c.investigate(RECEIVED.minusDays(1), "调查组", "属实", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "case.date.before-previous-step");
    }
}
