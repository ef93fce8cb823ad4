package cn.jinan.care.web.demo;

import cn.jinan.care.domain.casualty.CasualtyDetails;
import cn.jinan.care.domain.casualty.CasualtyKind;
import cn.jinan.care.domain.casualty.DeathCause;
import cn.jinan.care.domain.casualty.FamilyMemberDetails;
import cn.jinan.care.domain.casualty.FamilyRelation;
import cn.jinan.care.domain.casualty.FollowUpDetails;
import cn.jinan.care.domain.casualty.HelpKind;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.persistence.casualty.CasualtyService;
import cn.jinan.care.persistence.scope.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * A few on-duty casualty files (第28条) for the demo: in secretary1's branch JN010101 a member who died in the line of
 * duty eight months ago, whose family's second follow-up is overdue, and a member disabled on duty; in the
 * neighbouring branch JN010102 (lixia and city see it) a member recognised as a martyr, followed up on time. Made
 * through the register's service, so the deaths, condolences and follow-up obligations are what the pages would make.
 */
@Component
@RequiredArgsConstructor
class CasualtyDemoData {

    private final CasualtyService casualties;

    void load(List<Member> members, LocalDate today) {
        LocalDate diedOn = today.minusMonths(8);
        pick(members, "JN010101", diedOn, 0).ifPresent(m -> {
            DataScope scope = DataScope.of(m.getOrganization());
            long id = casualties.open(scope, null, m.getId(), new CasualtyDetails(CasualtyKind.DIED_ON_DUTY, diedOn,
                    DeathCause.LINE_OF_DUTY, null, null, false, null, null, "王建华（支部组织委员）", "13905310001",
                    diedOn.plusDays(10), "抗洪抢险中因公殉职。家中有年迈母亲和上小学的孩子。"));
            casualties.addFamilyMember(scope, null, id, new FamilyMemberDetails(FamilyRelation.PARENT, "李秀英", 1950,
                    "城乡居民养老保险，每月约300元", "与儿媳同住，需要照料", "患高血压、糖尿病，需长期服药", null));
            casualties.addFamilyMember(scope, null, id, new FamilyMemberDetails(FamilyRelation.SPOUSE, "张丽", 1985,
                    "社区超市工作，月收入约3000元", "参加职工养老保险", "身体健康", "希望就近调整工作时间以照顾家庭"));
            casualties.addFamilyMember(scope, null, id, new FamilyMemberDetails(FamilyRelation.CHILD, "周子轩", 2015,
                    "无", null, "身体健康", "小学在读，明年升入初中，需协调就近入学"));
            casualties.logFollowUp(scope, null, id, new FollowUpDetails(diedOn.plusMonths(1), "王建华、支部书记",
                    "家属情绪基本稳定；母亲慢性病用药负担较重。", HelpKind.LIVING_ALLOWANCE, "送去生活补助金",
                    new BigDecimal("3000"), FundingSource.PARTY_FEES));
        });
        LocalDate disabledOn = today.minusYears(2).minusMonths(3);
        pick(members, "JN010101", disabledOn, 1).ifPresent(m -> {
            DataScope scope = DataScope.of(m.getOrganization());
            long id = casualties.open(scope, null, m.getId(), new CasualtyDetails(CasualtyKind.DISABLED_ON_DUTY,
                    disabledOn, null, 6, "执行消防任务时腿部严重受伤，行走不便", false, null, null, "王建华（支部组织委员）",
                    "13905310001", disabledOn.plusMonths(1), null));
            casualties.logFollowUp(scope, null, id, new FollowUpDetails(today.minusMonths(2), "王建华",
                    "康复训练进展良好，已重返工作岗位。", HelpKind.MEDICAL, "协调康复医院预约", new BigDecimal("1500"),
                    FundingSource.TRADE_UNION));
        });
        LocalDate sacrificedOn = today.minusYears(2);
        pick(members, "JN010102", sacrificedOn, 0).ifPresent(m -> {
            DataScope scope = DataScope.of(m.getOrganization());
            long id = casualties.open(scope, null, m.getId(), new CasualtyDetails(CasualtyKind.DIED_ON_DUTY,
                    sacrificedOn, DeathCause.SACRIFICE, null, null, true, sacrificedOn.plusMonths(4), "鲁民政〔示例〕12号",
                    "刘敏（社区党委委员）", "0531-86000000", sacrificedOn.plusDays(7), "见义勇为中牺牲，已评定为烈士。"));
            casualties.addFamilyMember(scope, null, id, new FamilyMemberDetails(FamilyRelation.SPOUSE, "孙燕", 1978,
                    "事业单位职工", "参加机关事业单位养老保险", "身体健康", null));
            casualties.addFamilyMember(scope, null, id, new FamilyMemberDetails(FamilyRelation.CHILD, "赵一鸣", 2008,
                    "烈士子女抚恤金", null, null, "高中在读，报考时享受烈士子女优待"));
            for (LocalDate on = sacrificedOn.plusMonths(5); on.isBefore(today.minusMonths(2)); on = on.plusMonths(5)) {
                casualties.logFollowUp(scope, null, id, new FollowUpDetails(on, "刘敏", "家庭生活稳定，孩子学习情况良好。",
                        null, null, null, null));
            }
        });
    }

    /** The n-th active member of the branch (by id) admitted before the day. */
    private static Optional<Member> pick(List<Member> members, String orgCode, LocalDate before, int n) {
        return members.stream()
                .filter(m -> m.getOrganization().getCode().equals(orgCode) && m.isActive()
                        && m.getAdmittedDate().isBefore(before))
                .sorted(Comparator.comparing(Member::getId))
                .skip(n).findFirst();
    }
}
