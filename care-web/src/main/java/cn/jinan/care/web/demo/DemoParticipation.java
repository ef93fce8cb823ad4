package cn.jinan.care.web.demo;

import cn.jinan.care.domain.delegate.ProposalDecision;
import cn.jinan.care.domain.delegate.ProposalDetails;
import cn.jinan.care.domain.delegate.ProposalKind;
import cn.jinan.care.domain.delegate.SessionKind;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.secondment.SecondmentDetails;
import cn.jinan.care.domain.secondment.SecondmentDirection;
import cn.jinan.care.domain.secondment.SecondmentKind;
import cn.jinan.care.domain.suggestion.HandlingSystem;
import cn.jinan.care.domain.suggestion.SubmitterKind;
import cn.jinan.care.domain.suggestion.SuggestionChannel;
import cn.jinan.care.domain.suggestion.SuggestionDetails;
import cn.jinan.care.persistence.delegate.DelegateService;
import cn.jinan.care.persistence.delegate.ProposalStep;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.secondment.SecondmentService;
import cn.jinan.care.persistence.suggestion.SuggestionService;
import cn.jinan.care.persistence.suggestion.SuggestionStep;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo's secondments, suggestions and delegates' work (第6、7、12条): in the first branch a village first secretary
 * sent down now and a finished exchange, three suggestions (one just received, one overdue under the commitment
 * system, one implemented); in 历下区 a delegates' proposal and a motion with their handling, and a training and a
 * plenary session the district's delegates were called to. Recorded through the services.
 */
@Component
@RequiredArgsConstructor
class DemoParticipation {

    private final SecondmentService secondments;
    private final SuggestionService suggestions;
    private final DelegateService delegates;

    private void step(DataScope scope, long id, SuggestionStep step) {
        suggestions.step(scope, id, suggestions.get(scope, id).getVersion(), step);
    }

    void load(Map<String, Organization> byCode, List<Member> members, LocalDate today) {
        Organization branch = byCode.get("JN010101");
        Organization district = byCode.get("JN01");
        if (branch == null || district == null) {
            return;
        }
        DataScope scope = DataScope.of(district);
        List<Member> first = members.stream().filter(Member::isActive)
                .filter(m -> m.getOrganization().getCode().equals("JN010101"))
                .sorted(Comparator.comparing(Member::getId)).toList();
        if (first.size() > 4) {
            secondments.record(scope, null, first.get(3).getId(), branch.getId(), null, new SecondmentDetails(
                    SecondmentKind.FIRST_SECRETARY, SecondmentDirection.TO_VILLAGE, null, "章丘区文祖街道三德范村",
                    "第一书记", today.minusMonths(8), today.plusMonths(16), "历组发〔" + today.getYear() + "〕3号", null));
            secondments.record(scope, null, first.get(4).getId(), null, branch.getId(), new SecondmentDetails(
                    SecondmentKind.EXCHANGE, SecondmentDirection.CITY_ORGAN_TO_STREET, "济南市发展和改革委员会", null,
                    "党支部副书记", today.minusYears(2), today.minusMonths(3), null, "交流任职期满返回原单位。"));
        }
        // 第6条 三会三制
        suggestions.receive(scope, null, branch.getId(), first.isEmpty() ? null : first.get(0).getId(),
                new SuggestionDetails(first.isEmpty() ? SubmitterKind.ANONYMOUS : SubmitterKind.MEMBER, null,
                        SuggestionChannel.DIRECT_LINE, today.minusDays(3), "建议支部主题党日增加志愿服务内容，组织党员到社区养老服务站服务。"));
        long overdue = suggestions.receive(scope, null, branch.getId(), null, new SuggestionDetails(
                SubmitterKind.MASSES, "居民陈女士", SuggestionChannel.FORUM, today.minusDays(40),
                "芙蓉街夜间照明不足，建议增设路灯。"));
        step(scope, overdue, new SuggestionStep(SuggestionStep.Kind.ASSIGN, today.minusDays(38),
                HandlingSystem.COMMITMENT, "社区居委会 王主任", today.minusDays(8), null));
        step(scope, overdue, new SuggestionStep(SuggestionStep.Kind.START, today.minusDays(35), null,
                null, null, null));
        long done = suggestions.receive(scope, null, branch.getId(), null, new SuggestionDetails(
                SubmitterKind.ANONYMOUS, null, SuggestionChannel.HEARING, today.minusDays(60),
                "老旧小区停车难，建议规划错时停车。"));
        step(scope, done, new SuggestionStep(SuggestionStep.Kind.ASSIGN, today.minusDays(58),
                HandlingSystem.PUBLIC_NOTICE, "解放路街道城管科", null, null));
        step(scope, done, new SuggestionStep(SuggestionStep.Kind.START, today.minusDays(55), null,
                null, null, null));
        step(scope, done, new SuggestionStep(SuggestionStep.Kind.REPLY, today.minusDays(20), null,
                null, null, "已与周边单位协调开放夜间车位，结果已在社区公示栏公示。"));
        step(scope, done, new SuggestionStep(SuggestionStep.Kind.IMPLEMENT, today.minusDays(20), null,
                null, null, null));
        // 第7条: the district's delegates
        List<Member> districtDelegates = delegates.delegates(scope);
        if (districtDelegates.isEmpty()) {
            return;
        }
        int min = delegates.minSigners(today.minusDays(90));
        if (districtDelegates.size() >= min) {
            long proposal = delegates.submit(scope, null, districtDelegates.get(0).getId(),
                    districtDelegates.subList(1, min).stream().map(Member::getId).toList(), new ProposalDetails(
                            ProposalKind.PROPOSAL, "中国共产党济南市历下区第十二次代表大会第三次会议",
                            "关于推进老旧小区加装电梯的提案", "建议区委统筹资金和审批，推进老旧小区加装电梯，方便老党员和居民出行。",
                            "中共济南市历下区委员会", today.minusDays(90)));
            delegates.step(scope, proposal, delegates.proposal(scope, proposal).getVersion(),
                    new ProposalStep(ProposalStep.Kind.DECIDE, ProposalDecision.ACCEPT, today.minusDays(80),
                            "区住房和城乡建设局"));
            delegates.step(scope, proposal, delegates.proposal(scope, proposal).getVersion(),
                    new ProposalStep(ProposalStep.Kind.HANDLE, null, today.minusDays(30),
                            "已纳入年度民生实事，完成12部电梯加装。"));
        }
        delegates.submit(scope, null, districtDelegates.get(districtDelegates.size() - 1).getId(), List.of(),
                new ProposalDetails(ProposalKind.MOTION, null, "关于在街道党群服务中心设立党代表工作室的提议",
                        "建议在各街道党群服务中心设立党代表工作室，定期接待党员群众。", "中共济南市历下区委员会",
                        today.minusDays(12)));
        Set<Long> present = new HashSet<>();
        for (int i = 0; i < districtDelegates.size(); i++) {
            if (i % 4 != 3) {
                present.add(districtDelegates.get(i).getId());
            }
        }
        delegates.hold(scope, null, district.getId(), SessionKind.TRAINING, today.minusDays(45), "历下区党代表履职能力培训班",
                null, present);
        present.remove(districtDelegates.get(0).getId());
        delegates.hold(scope, null, district.getId(), SessionKind.PLENARY, today.minusDays(15), "区委全体会议（党代表列席）",
                null, present);
    }
}
