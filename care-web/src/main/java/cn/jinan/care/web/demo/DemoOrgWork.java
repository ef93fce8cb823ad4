package cn.jinan.care.web.demo;

import cn.jinan.care.domain.activity.ActivityDetails;
import cn.jinan.care.domain.activity.ActivityKind;
import cn.jinan.care.domain.indicator.FiveSmalls;
import cn.jinan.care.domain.indicator.Indicator;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.persistence.activity.ActivityService;
import cn.jinan.care.persistence.activity.TrainingPlanService;
import cn.jinan.care.persistence.indicator.IndicatorService;
import cn.jinan.care.persistence.scope.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo's organization work: the first branch's study session (hours posted) and cultural activity, 历下区's
 * red-education trip to 济南战役纪念馆 with a free shuttle and its training plan, and last year's indicators — the
 * city's recruits (R14) and two streets of 历下区, one meeting R15/R16/R25 and one not.
 */
@Component
@RequiredArgsConstructor
class DemoOrgWork {

    private final ActivityService activities;
    private final TrainingPlanService plans;
    private final IndicatorService indicators;

    void load(Map<String, Organization> byCode, List<Member> members, LocalDate today) {
        Organization city = byCode.get("JN");
        Organization district = byCode.get("JN01");
        Organization branch = byCode.get("JN010101");
        if (city == null || district == null || branch == null) {
            return;
        }
        DataScope scope = DataScope.of(city);
        List<Long> branchMembers = members.stream().filter(Member::isActive)
                .filter(m -> m.getOrganization().getCode().equals("JN010101")).limit(8).map(Member::getId).toList();
        LocalDate session = today.minusDays(20);
        long study = activities.record(scope, null, branch.getId(), new ActivityDetails(ActivityKind.BRANCH_STUDY,
                "学习党的二十届三中全会精神", session, session, "支部党员活动室", false, new BigDecimal("3"), null),
                branchMembers);
        activities.postHours(scope, study);
        activities.record(scope, null, branch.getId(), new ActivityDetails(ActivityKind.CULTURE_SPORTS,
                "“喜迎七一”党员健步走", today.minusDays(10), null, "泉城公园", false, null, null),
                branchMembers.subList(0, Math.min(5, branchMembers.size())));
        LocalDate trip = today.minusDays(5);
        activities.record(scope, null, district.getId(), new ActivityDetails(ActivityKind.RED_EDUCATION,
                "济南战役纪念馆红色教育", trip, trip, "济南战役纪念馆", true, new BigDecimal("4"),
                "区委组织部开通免费班车"), branchMembers.subList(0, Math.min(6, branchMembers.size())));
        plans.record(scope, null, district.getId(), today.getYear(), 12, new BigDecimal("96"),
                "新发展理念、高质量发展专题培训；党校面向普通党员班次");
        int lastYear = today.getYear() - 1;
        indicators.enter(scope, null, city.getId(), Indicator.R14, lastYear, new BigDecimal("6"), null,
                "济人社〔" + lastYear + "〕招聘公告及拟聘用人员公示");
        Organization first = byCode.get("JN0101");
        Organization second = byCode.get("JN0102");
        if (first != null) {
            indicators.enter(scope, null, first.getId(), Indicator.R15, lastYear, new BigDecimal("22.5"), null,
                    "区财政局考核奖励发放表");
            indicators.enter(scope, null, first.getId(), Indicator.R16, lastYear, BigDecimal.ONE, null,
                    "区委办公室年度考核通知");
            indicators.enter(scope, null, first.getId(), Indicator.R25, lastYear, null,
                    new FiveSmalls(true, true, true, true, true), "街道“五小”建设验收表及照片");
        }
        if (second != null) {
            indicators.enter(scope, null, second.getId(), Indicator.R15, lastYear, new BigDecimal("18"), null,
                    "区财政局考核奖励发放表");
            indicators.enter(scope, null, second.getId(), Indicator.R16, lastYear, new BigDecimal("2"), null,
                    "区委办公室年度考核通知、专项考核通知");
            indicators.enter(scope, null, second.getId(), Indicator.R25, lastYear, null,
                    new FiveSmalls(true, true, false, true, true), "街道“五小”建设验收表（小澡堂在建）");
        }
    }
}
