package cn.jinan.care.web.demo;

import cn.jinan.care.domain.campaign.CampaignDetails;
import cn.jinan.care.domain.campaign.TargetGroup;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.visit.VisitDetails;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.campaign.CampaignService;
import cn.jinan.care.persistence.organization.OrganizationRepository;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.visit.VisitService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's visit campaigns (第27条): 历下区's year-end campaign for old and very old members, open, with about
 * three in five of them visited so the coverage page shows every state; and the city's next Spring Festival
 * campaign, still a draft.
 */
@Component
@RequiredArgsConstructor
class DemoCampaigns {

    private final OrganizationRepository organizations;
    private final CampaignService campaigns;
    private final VisitService visits;

    void load(LocalDate today) {
        Random random = new Random(DemoDataLoader.SEED + 27);
        organizations.findByCode("JN01").ifPresent(district -> {
            DataScope scope = DataScope.of(district);
            LocalDate start = today.minusDays(20);
            long id = campaigns.plan(scope, null, new CampaignDetails(today.getYear() + "年岁末走访慰问老党员", start,
                    today.plusDays(25), EnumSet.of(TargetGroup.OLD_MEMBERS, TargetGroup.AGE_OVER), 85, Set.of(),
                    new BigDecimal("500"), FundingSource.PARTY_FEES, "走访慰问建国前入党的老党员和85岁以上党员。"));
            campaigns.open(scope, id, 0);
            List<Obligation> due = campaigns.notVisited(scope, campaigns.get(scope, id), PageRequest.of(0, 500))
                    .getContent();
            long days = ChronoUnit.DAYS.between(start, today);
            for (Obligation o : due) {
                if (random.nextInt(5) < 3) {
                    LocalDate date = start.plusDays(random.nextLong(days + 1));
                    visits.log(scope, null, o.getMember().getId(), new VisitDetails(date, VisitKind.HOLIDAY,
                            "历下区委组织部 李华、社区党委书记", false, new BigDecimal("500"), "米、面、油",
                            new BigDecimal("150"), FundingSource.PARTY_FEES, null));
                }
            }
        });
        organizations.findByCode("JN").ifPresent(city -> campaigns.plan(DataScope.of(city), null,
                new CampaignDetails((today.getYear() + 1) + "年春节走访慰问", today.plusDays(40), today.plusDays(75),
                        EnumSet.of(TargetGroup.HARDSHIP, TargetGroup.OLD_MEMBERS, TargetGroup.CASUALTY_FAMILIES),
                        null, Set.of(), new BigDecimal("800"), FundingSource.BUDGET,
                        "全市困难党员、老党员和因公殉职党员家属春节走访慰问。")));
    }
}
