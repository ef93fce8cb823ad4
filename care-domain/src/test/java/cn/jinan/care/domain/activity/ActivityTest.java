package cn.jinan.care.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 12);
    private final Organization org = Organization.root("T", "测试党委");

    private static ActivityDetails details(ActivityKind kind, LocalDate end, String site, String hours) {
        return new ActivityDetails(kind, "专题培训", DAY, end, site, false, hours == null ? null : new BigDecimal(hours),
                null);
    }

    private static void assertRefused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).isEqualTo(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
        });
    }

    @Test
    void aStudyActivityGivesItsHoursOnEachOfItsDays() {
        Activity a = Activity.hold(org, details(ActivityKind.SPECIAL_TRAINING, DAY.plusDays(2), null, "6"));
        assertThat(a.days()).containsExactly(DAY, DAY.plusDays(1), DAY.plusDays(2));
        assertThat(a.hoursEach()).isEqualByComparingTo("18");
        assertThat(a.canPostOn(DAY.plusDays(1))).isFalse();
        assertThat(a.canPostOn(DAY.plusDays(2))).isTrue();
    }

    @Test
    void aStudyActivityNeedsHoursAndACulturalOneTakesNone() {
        assertRefused(() -> Activity.hold(org, details(ActivityKind.BRANCH_STUDY, null, null, null)), "hoursPerDay",
                "activity.hours.required");
        assertRefused(() -> Activity.hold(org, details(ActivityKind.BRANCH_STUDY, null, null, "12.5")),
                "hoursPerDay", "study.hours.range");
        assertRefused(() -> Activity.hold(org, details(ActivityKind.CULTURE_SPORTS, null, null, "2")), "hoursPerDay",
                "activity.hours.not-study");
        Activity walk = Activity.hold(org, details(ActivityKind.CULTURE_SPORTS, null, null, null));
        assertThat(walk.canPostOn(DAY.plusDays(5))).isFalse();
    }

    @Test
    void aRedEducationTripNamesItsSite() {
        assertRefused(() -> Activity.hold(org, details(ActivityKind.RED_EDUCATION, null, " ", "4")), "site",
                "common.required");
        assertThat(Activity.hold(org, details(ActivityKind.RED_EDUCATION, null, "大峰山党性教育基地", "4")).getSite())
                .isEqualTo("大峰山党性教育基地");
    }

    @Test
    void daysRunForwardAndAtMostAMonth() {
        assertRefused(() -> Activity.hold(org, details(ActivityKind.SENT_STUDY, DAY.minusDays(1), null, "2")),
                "endDate", "activity.end.before-start");
        assertRefused(() -> Activity.hold(org, details(ActivityKind.SENT_STUDY, DAY.plusDays(Activity.MAX_DAYS), null,
                "2")), "endDate", "activity.days.too-many");
    }

    @Test
    void postedHoursFixKindTitleDaysAndHoursButNotTheNotes() {
        Activity a = Activity.hold(org, details(ActivityKind.SPECIAL_TRAINING, null, null, "6"));
        assertRefused(() -> a.change(details(ActivityKind.SPECIAL_TRAINING, null, null, "4"), true), "hoursPerDay",
                "activity.posted.fixed");
        a.change(new ActivityDetails(ActivityKind.SPECIAL_TRAINING, "专题培训", DAY, DAY, "市委党校", true,
                new BigDecimal("6.0"), "补记"), true);
        assertThat(a.getSite()).isEqualTo("市委党校");
        a.change(details(ActivityKind.SPECIAL_TRAINING, null, null, "4"), false);
        assertThat(a.getHoursPerDay()).isEqualByComparingTo("4");
    }
}
