package cn.jinan.care.domain.hardship;

import static cn.jinan.care.domain.hardship.Fixtures.SINCE;
import static cn.jinan.care.domain.hardship.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class HardshipRecordTest {

    private static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).as("field").isEqualTo(field);
            assertThat(e.getMessageKey()).as("key").isEqualTo(key);
        });
    }

    private static HardshipDetails with(Set<HardshipCategory> categories, LocalDate since, LocalDate next) {
        HardshipDetails d = Fixtures.details();
        return new HardshipDetails(categories, since, d.situation(), d.needs(), next);
    }

    @Test
    void registersAMemberUnderSeveralCategories() {
        HardshipRecord record = Fixtures.openRecord();
        assertThat(record.getCategories()).containsExactly(HardshipCategory.LIVING_DIFFICULTY,
                HardshipCategory.OLD_WEAK_SICK_DISABLED);
        assertThat(record.isOpen()).isTrue();
    }

    @Test
    void refusesARecordWithoutACategory() {
        assertRefused(() -> HardshipRecord.register(Fixtures.member(),
                with(EnumSet.noneOf(HardshipCategory.class), SINCE, SINCE.plusMonths(6)), TODAY),
                "categories", "hardship.categories.required");
    }

    @Test
    void refusesAReviewDateBeforeTheHardshipBegan() {
        assertRefused(() -> HardshipRecord.register(Fixtures.member(),
                with(EnumSet.of(HardshipCategory.WIDOWED_OR_ALONE), SINCE, SINCE.minusDays(1)), TODAY),
                "nextReviewDate", "hardship.review.before-since");
    }

    @Test
    void refusesAHardshipSinceAFutureDay() {
        assertRefused(() -> HardshipRecord.register(Fixtures.member(),
                with(EnumSet.of(HardshipCategory.WIDOWED_OR_ALONE), TODAY.plusDays(1), TODAY.plusMonths(6)), TODAY),
                "since", "date.not-in-future");
    }

    @Test
    void aReviewSetsTheNextDateAfterToday() {
        HardshipRecord record = Fixtures.openRecord();
        assertRefused(() -> record.review(TODAY, "走访了解", TODAY), "nextReviewDate",
                "hardship.review.not-after-today");
        record.review(TODAY.plusMonths(6), "情况未变", TODAY);
        assertThat(record.getNextReviewDate()).isEqualTo(TODAY.plusMonths(6));
        assertThat(record.getLastReviewedOn()).isEqualTo(TODAY);
    }

    @Test
    void aReviewPastItsDateIsOverdueUntilTheRecordIsClosed() {
        HardshipRecord record = Fixtures.openRecord();
        assertThat(record.isReviewOverdue(LocalDate.of(2025, 9, 2))).isTrue();
        assertThat(record.isReviewOverdue(LocalDate.of(2025, 9, 1))).isFalse();
        record.close(TODAY, "已就业，收入稳定", TODAY);
        assertThat(record.isReviewOverdue(LocalDate.of(2025, 9, 2))).isFalse();
    }

    @Test
    void rejectsClosingTwiceOrChangingAClosedRecord() {
        HardshipRecord record = Fixtures.openRecord();
        assertRefused(() -> record.close(TODAY, " ", TODAY), "closeReason", "common.required");
        assertRefused(() -> record.close(SINCE.minusDays(1), "错误登记", TODAY), "closedOn",
                "hardship.close.before-since");
        record.close(TODAY, "已就业", TODAY);
        assertRefused(() -> record.close(TODAY, "再次关闭", TODAY), null, "hardship.closed");
        assertRefused(() -> record.change(Fixtures.details(), TODAY), null, "hardship.closed");
        assertRefused(() -> record.review(TODAY.plusMonths(1), null, TODAY), null, "hardship.closed");
    }
}
