package cn.jinan.care.web.demo;

import cn.jinan.care.domain.honor.AwardLevel;
import cn.jinan.care.domain.honor.HonorDetails;
import cn.jinan.care.domain.honor.HonorKind;
import cn.jinan.care.domain.honor.MedalRule;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.sanction.SanctionDetails;
import cn.jinan.care.domain.sanction.SanctionType;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.persistence.honor.HonorService;
import cn.jinan.care.persistence.honor.MedalService;
import cn.jinan.care.persistence.sanction.SanctionService;
import cn.jinan.care.persistence.scope.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo's honors, medals and sanctions: last year's outstanding members and advanced branch, last year's medals to
 * the longest-serving members of 历下区, a warning in the first branch (so one member is held back from this year's
 * medal list if old enough, and the member page shows until when), and organizational handling elsewhere. Recorded
 * through the services, so the events and talks they call for are there too.
 */
@Component
@RequiredArgsConstructor
class DemoHonors {

    private final HonorService honors;
    private final MedalService medals;
    private final SanctionService sanctions;

    void load(Map<String, Organization> byCode, List<Member> members, LocalDate today) {
        Organization city = byCode.get("JN");
        if (city == null) {
            return;
        }
        DataScope scope = DataScope.of(city);
        int lastYear = today.getYear() - 1;
        LocalDate ceremony = LocalDate.of(today.getYear(), 6, 28).isAfter(today) ? today.minusDays(30)
                : LocalDate.of(today.getYear(), 6, 28);
        List<Member> first = active(members, "JN010101", today);
        for (int i = 0; i < Math.min(2, first.size()); i++) {
            honors.recordForMember(scope, null, first.get(i).getId(), new HonorDetails(HonorKind.OUTSTANDING_MEMBER,
                    lastYear, null, i == 0 ? AwardLevel.DISTRICT : AwardLevel.STREET, ceremony,
                    i == 0 ? "中共历下区委" : "中共解放路街道工作委员会", "历发〔" + today.getYear() + "〕" + (11 + i) + "号",
                    new BigDecimal(i == 0 ? "2000" : "1000"), FundingSource.PARTY_FEES, null));
        }
        Organization branch = byCode.get("JN010101");
        if (branch != null) {
            honors.recordForOrganization(scope, null, branch.getId(), new HonorDetails(
                    HonorKind.ADVANCED_ORGANIZATION, lastYear, null, AwardLevel.DISTRICT, ceremony, "中共历下区委",
                    "历发〔" + today.getYear() + "〕11号", new BigDecimal("5000"), FundingSource.BUDGET, null));
        }
        Organization district = byCode.get("JN01");
        if (district != null) {
            honors.recordForOrganization(scope, null, district.getId(), new HonorDetails(HonorKind.STUDIO, lastYear,
                    "泉城红心党员志愿服务工作室", AwardLevel.MUNICIPAL, ceremony, "中共济南市委组织部", null, null, null,
                    null));
        }
        // 第9条: last year's medals to the three longest-serving members of 历下区 who were due them
        MedalRule rule = medals.rule(lastYear);
        List<Long> due = members.stream().filter(Member::isActive)
                .filter(m -> m.getOrganization().getPath().startsWith(district == null ? "-" : district.getPath()))
                .filter(m -> m.getFullMemberDate() != null
                        && !m.getFullMemberDate().isAfter(rule.latestFullMemberDate(lastYear)))
                .sorted(Comparator.comparing(Member::getFullMemberDate).thenComparing(Member::getId))
                .limit(3).map(Member::getId).toList();
        if (!due.isEmpty()) {
            LocalDate julyFirst = rule.countDate(lastYear);
            medals.award(scope, null, lastYear, due, julyFirst, "中共中央", null);
        }
        // 第20条: a warning in the first branch, to its longest-serving member not yet honored above
        if (first.size() > 2) {
            Member warned = first.stream().skip(2).min(Comparator.comparing(
                    (Member m) -> m.getFullMemberDate() == null ? LocalDate.MAX : m.getFullMemberDate())).orElseThrow();
            sanctions.record(scope, null, warned.getId(), new SanctionDetails(SanctionType.WARNING,
                    today.minusMonths(4), "中共历下区纪律检查委员会", "历纪发〔" + today.getYear() + "〕7号", null,
                    "违反工作纪律，在社区事务公开中未按规定履行公示程序。"));
        }
        List<Member> neighbour = active(members, "JN010102", today);
        if (!neighbour.isEmpty()) {
            sanctions.record(scope, null, neighbour.get(0).getId(), new SanctionDetails(SanctionType.ADMONITION,
                    today.minusMonths(2), "中共解放路街道工作委员会", null, null, "履行职责不到位，经谈话提醒后仍未整改。"));
        }
    }

    private static List<Member> active(List<Member> members, String orgCode, LocalDate today) {
        // full members of some standing: events cannot be dated before a member was admitted
        return members.stream().filter(Member::isActive)
                .filter(m -> m.getOrganization().getCode().equals(orgCode))
                .filter(m -> m.getFullMemberDate() != null
                        && m.getFullMemberDate().isBefore(today.minusMonths(6)))
                .sorted(Comparator.comparing(Member::getId)).toList();
    }
}
