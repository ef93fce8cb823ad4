package cn.jinan.care.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.Entities;
import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class VisitCampaignTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 25);
    private static final LocalDate END = LocalDate.of(2027, 2, 20);
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

    private static Organization district() {
        Organization org = Entities.withId(Organization.root("3701", "中共济南市委"), 1);
        org.assignPath();
        return org;
    }

    private static CampaignDetails details(LocalDate start, LocalDate end, Set<TargetGroup> groups, Integer minAge,
            Set<Long> custom, BigDecimal amount, FundingSource source) {
        return new CampaignDetails("2027年春节走访慰问", start, end, groups, minAge, custom, amount, source, null);
    }

    private static CampaignDetails springFestival() {
        return details(START, END, EnumSet.of(TargetGroup.HARDSHIP, TargetGroup.AGE_OVER), 80, Set.of(),
                new BigDecimal("500"), FundingSource.PARTY_FEES);
    }

    private static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).as("field").isEqualTo(field);
            assertThat(e.getMessageKey()).as("key").isEqualTo(key);
        });
    }

    @Test
    void aPlannedCampaignIsADraftOfItsWindowAndGroups() {
        VisitCampaign c = VisitCampaign.plan(district(), springFestival());
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(c.getTargets()).containsExactly(TargetGroup.HARDSHIP, TargetGroup.AGE_OVER);
        assertThat(c.getMinAge()).isEqualTo(80);
        assertThat(c.getYear()).isEqualTo(2027);
        assertThat(c.inWindow(START)).isTrue();
        assertThat(c.inWindow(END)).isTrue();
        assertThat(c.inWindow(START.minusDays(1))).isFalse();
        assertThat(c.inWindow(END.plusDays(1))).isFalse();
    }

    @Test
    void aOneDayWindowIsAllowed() {
        VisitCampaign c = VisitCampaign.plan(district(), details(START, START, EnumSet.of(TargetGroup.HARDSHIP), null,
                Set.of(), BigDecimal.ZERO, null));
        assertThat(c.getWindowEnd()).isEqualTo(START);
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertRefused(() -> VisitCampaign.plan(district(), details(START, START.minusDays(1),
                EnumSet.of(TargetGroup.HARDSHIP), null, Set.of(), BigDecimal.ZERO, null)),
                "windowEnd", "campaign.window.end-before-start");
    }

    @Test
    void refusesAWindowLongerThanTheLimit() {
        LocalDate lastAllowed = START.plusDays(VisitCampaign.MAX_WINDOW_DAYS - 1);
        VisitCampaign.plan(district(), details(START, lastAllowed, EnumSet.of(TargetGroup.HARDSHIP), null, Set.of(),
                BigDecimal.ZERO, null));
        assertRefused(() -> VisitCampaign.plan(district(), details(START, lastAllowed.plusDays(1),
                EnumSet.of(TargetGroup.HARDSHIP), null, Set.of(), BigDecimal.ZERO, null)),
                "windowEnd", "campaign.window.too-long");
    }

    @Test
    void refusesACampaignWithoutTargetGroups() {
        assertRefused(() -> VisitCampaign.plan(district(), details(START, END, EnumSet.noneOf(TargetGroup.class), null,
                Set.of(), BigDecimal.ZERO, null)), "targets", "campaign.targets.required");
    }

    @Test
    void anAgeGroupNeedsTheAge() {
        assertRefused(() -> VisitCampaign.plan(district(), details(START, END, EnumSet.of(TargetGroup.AGE_OVER), null,
                Set.of(), BigDecimal.ZERO, null)), "minAge", "campaign.min-age.required");
        assertRefused(() -> VisitCampaign.plan(district(), details(START, END, EnumSet.of(TargetGroup.AGE_OVER), 0,
                Set.of(), BigDecimal.ZERO, null)), "minAge", "campaign.min-age.invalid");
    }

    @Test
    void theAgeIsForgottenWithoutTheAgeGroupAndTheListWithoutTheCustomGroup() {
        VisitCampaign c = VisitCampaign.plan(district(), details(START, END, EnumSet.of(TargetGroup.HARDSHIP), 70,
                Set.of(5L), BigDecimal.ZERO, null));
        assertThat(c.getMinAge()).isNull();
        assertThat(c.getCustomMembers()).isEmpty();
    }

    @Test
    void aCustomGroupNeedsMembers() {
        assertRefused(() -> VisitCampaign.plan(district(), details(START, END, EnumSet.of(TargetGroup.CUSTOM), null,
                Set.of(), BigDecimal.ZERO, null)), "customMembers", "campaign.custom.required");
        VisitCampaign c = VisitCampaign.plan(district(), details(START, END, EnumSet.of(TargetGroup.CUSTOM), null,
                Set.of(30L, 4L), BigDecimal.ZERO, null));
        assertThat(c.getCustomMembers()).containsExactly(4L, 30L);
    }

    @Test
    void moneyNeedsAFundingSourceAndCannotBeNegative() {
        assertRefused(() -> VisitCampaign.plan(district(), details(START, END, EnumSet.of(TargetGroup.HARDSHIP), null,
                Set.of(), new BigDecimal("300"), null)), "fundingSource", "campaign.funding-source.required");
        assertRefused(() -> VisitCampaign.plan(district(), details(START, END, EnumSet.of(TargetGroup.HARDSHIP), null,
                Set.of(), new BigDecimal("-1"), FundingSource.BUDGET)), "standardAmount", "amount.negative");
        assertRefused(() -> VisitCampaign.plan(district(), details(START, END, EnumSet.of(TargetGroup.HARDSHIP), null,
                Set.of(), new BigDecimal("1.005"), FundingSource.BUDGET)), "standardAmount", "amount.invalid");
    }

    @Test
    void opensClosesAndOpensAgain() {
        VisitCampaign c = VisitCampaign.plan(district(), springFestival());
        c.open(TODAY);
        assertThat(c.isOpen()).isTrue();
        assertThat(c.getOpenedOn()).isEqualTo(TODAY);
        c.close(TODAY.plusDays(50));
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(c.getClosedOn()).isEqualTo(TODAY.plusDays(50));
        c.open(TODAY.plusDays(51));
        assertThat(c.isOpen()).isTrue();
        assertThat(c.getOpenedOn()).as("first opened").isEqualTo(TODAY);
        assertThat(c.getClosedOn()).isNull();
    }

    @Test
    void rejectsOpeningAnOpenCampaignAndClosingOneThatIsNotOpen() {
        VisitCampaign c = VisitCampaign.plan(district(), springFestival());
        assertRefused(() -> c.close(TODAY), null, "campaign.not-open");
        c.open(TODAY);
        assertRefused(() -> c.open(TODAY), null, "campaign.already-open");
    }

    @Test
    void anOpenCampaignKeepsItsWindowAndGroups() {
        VisitCampaign c = VisitCampaign.plan(district(), springFestival());
        c.open(TODAY);
        assertRefused(() -> c.change(details(START, END.plusDays(1), EnumSet.of(TargetGroup.HARDSHIP,
                TargetGroup.AGE_OVER), 80, Set.of(), new BigDecimal("500"), FundingSource.PARTY_FEES)),
                "windowStart", "campaign.window.fixed-once-open");
        assertRefused(() -> c.change(details(START, END, EnumSet.of(TargetGroup.HARDSHIP), null, Set.of(),
                new BigDecimal("500"), FundingSource.PARTY_FEES)), "targets", "campaign.targets.fixed-once-open");
        assertRefused(() -> c.change(details(START, END, EnumSet.of(TargetGroup.HARDSHIP, TargetGroup.AGE_OVER), 70,
                Set.of(), new BigDecimal("500"), FundingSource.PARTY_FEES)), "targets",
                "campaign.targets.fixed-once-open");
        // the amount and the name may still be corrected
        c.change(details(START, END, EnumSet.of(TargetGroup.HARDSHIP, TargetGroup.AGE_OVER), 80, Set.of(),
                new BigDecimal("600"), FundingSource.PARTY_FEES));
        assertThat(c.getStandardAmount()).isEqualByComparingTo("600");
    }

    @Test
    void anOpenCampaignsListOnlyGrows() {
        VisitCampaign c = VisitCampaign.plan(district(), details(START, END, EnumSet.of(TargetGroup.CUSTOM), null,
                Set.of(1L, 2L), BigDecimal.ZERO, null));
        c.open(TODAY);
        assertRefused(() -> c.change(details(START, END, EnumSet.of(TargetGroup.CUSTOM), null, Set.of(1L),
                BigDecimal.ZERO, null)), "customMembers", "campaign.custom.only-added-once-open");
        c.change(details(START, END, EnumSet.of(TargetGroup.CUSTOM), null, Set.of(1L, 2L, 3L), BigDecimal.ZERO,
                null));
        assertThat(c.getCustomMembers()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aClosedCampaignCannotChange() {
        VisitCampaign c = VisitCampaign.plan(district(), springFestival());
        c.open(TODAY);
        c.close(TODAY);
        assertRefused(() -> c.change(springFestival()), null, "campaign.closed");
    }
}
