package cn.jinan.care.domain.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Members;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 第19条: verified as a false accusation, then clarified in public, then the accuser dealt with. */
class ClarificationCaseTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final LocalDate RECEIVED = LocalDate.of(2025, 5, 1);

    static ClarificationCase received() {
        return ClarificationCase.receive(Members.aMember().build(), RECEIVED, "匿名举报其违规发放补贴", TODAY);
    }

    @Test
    void aFalseAccusationIsClarifiedAndTheAccuserDealtWith() {
        ClarificationCase c = received();
        c.verify(RECEIVED.plusDays(7), "经查补贴发放符合规定", true, TODAY);
        assertThat(c.getStatus()).isEqualTo(ClarificationStatus.FALSE_ACCUSATION);
        c.clarify(RECEIVED.plusDays(10), true, false, "所在单位党员大会", TODAY);
        c.handleAccuser(RECEIVED.plusDays(20), "移交纪委依纪处理", TODAY);
        assertThat(c.getStatus()).isEqualTo(ClarificationStatus.CLOSED);
    }

    @Test
    void aReportNotFoundFalseIsNotClarified() {
        ClarificationCase c = received();
        c.verify(RECEIVED.plusDays(7), "反映问题部分属实", false, TODAY);
        assertThat(c.getStatus()).isEqualTo(ClarificationStatus.NOT_FALSE);
        assertThatThrownBy(() -> c.clarify(RECEIVED.plusDays(10), true, false, "会议", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "case.step.out-of-order");
    }

    @Test
    void theClarificationNamesAMeetingOrTheMedia() {
        ClarificationCase c = received();
        c.verify(RECEIVED.plusDays(7), "诬告", true, TODAY);
        assertThatThrownBy(() -> c.clarify(RECEIVED.plusDays(10), false, false, "会议", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "clarification.means.required");
    }

    @Test
    void theAccuserIsNotDealtWithBeforeTheNameIsCleared() {
        ClarificationCase c = received();
        c.verify(RECEIVED.plusDays(7), "诬告", true, TODAY);
        assertThatThrownBy(() -> c.handleAccuser(RECEIVED.plusDays(20), "处理", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "case.step.out-of-order");
    }
}
