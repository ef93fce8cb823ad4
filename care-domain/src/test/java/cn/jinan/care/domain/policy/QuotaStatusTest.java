package cn.jinan.care.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Where a member stands against a yearly quota; an exempt member is shown as met with nothing missing. */
class QuotaStatusTest {

    private static QuotaStatus status(String required, String done, boolean exempt) {
        return new QuotaStatus(RuleCode.R03_TRAINING_HOURS, new BigDecimal(required), new BigDecimal(done), exempt);
    }

    @Test
    void missingIsWhatIsLeftToDo() {
        assertThat(status("32", "10", false).missing()).isEqualByComparingTo("22");
        assertThat(status("32", "10", false).met()).isFalse();
    }

    @Test
    void exactlyTheRequiredAmountMeetsTheQuota() {
        assertThat(status("32", "32", false).met()).isTrue();
        assertThat(status("32", "32", false).missing()).isEqualByComparingTo("0");
    }

    @Test
    void doingMoreThanRequiredMissesNothingRatherThanANegativeAmount() {
        assertThat(status("32", "40.5", false).missing()).isEqualByComparingTo("0");
        assertThat(status("32", "40.5", false).met()).isTrue();
    }

    @Test
    void anExemptMemberMeetsTheQuotaWithNothingMissingButKeepsWhatWasDone() {
        QuotaStatus exempt = status("32", "4", true);

        assertThat(exempt.met()).isTrue();
        assertThat(exempt.missing()).isEqualByComparingTo("0");
        assertThat(exempt.done()).isEqualByComparingTo("4");
        assertThat(exempt.exempt()).isTrue();
    }

    @Test
    void nothingDoneMissesTheWholeQuota() {
        assertThat(status("2", "0", false).missing()).isEqualByComparingTo("2");
    }
}
