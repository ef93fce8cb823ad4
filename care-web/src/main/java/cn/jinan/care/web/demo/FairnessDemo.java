package cn.jinan.care.web.demo;

import cn.jinan.care.domain.fairness.AccountabilityCase;
import cn.jinan.care.domain.fairness.AccountabilityOutcome;
import cn.jinan.care.domain.fairness.ClarificationCase;
import cn.jinan.care.domain.fairness.Fault;
import cn.jinan.care.domain.fairness.FaultToleranceCase;
import cn.jinan.care.domain.fairness.FaultToleranceDecision;
import cn.jinan.care.domain.fairness.FaultToleranceOrigin;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.persistence.fairness.AccountabilityCaseRepository;
import cn.jinan.care.persistence.fairness.ClarificationCaseRepository;
import cn.jinan.care.persistence.fairness.FaultToleranceCaseRepository;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.policy.ParameterService;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * A few fairness cases (第17–19条) in the demo's first street, so that the organization-department accounts see each
 * stage: a granted fault tolerance (also on the member's page) and one just received; an accountability case with
 * musts still missing and one decided with its effect evaluation due; a clarification of a false accusation.
 */
@Component
@RequiredArgsConstructor
class FairnessDemo {

    private final FaultToleranceCaseRepository faultTolerance;
    private final AccountabilityCaseRepository accountability;
    private final ClarificationCaseRepository clarifications;
    private final ObligationRepository obligations;
    private final ParameterService parameters;

    void load(List<Member> members, LocalDate today) {
        List<Member> branch = members.stream().filter(Member::isActive)
                .filter(m -> m.getOrganization().getCode().startsWith("JN0101"))
                .sorted(Comparator.comparing(Member::getId)).limit(5).toList();
        if (branch.size() < 5) {
            return;
        }
        LocalDate d = today.minusDays(80);

        FaultToleranceCase granted = FaultToleranceCase.open(branch.get(0), FaultToleranceOrigin.APPLICATION, d,
                "推行老旧小区加装电梯“先行先试”，因经验不足，公示程序有瑕疵，未造成损失。", today);
        granted.investigate(d.plusDays(7), "区委组织部调查组", "情况属实；无谋取私利情形，已及时纠正。", today);
        granted.assess(d.plusDays(14), true, true, true, "符合“三个区分开来”，属可容错情形。", today);
        granted.decide(FaultToleranceDecision.EXEMPTED, d.plusDays(20), "区委", "予以容错免责；年度考核不受影响。", today);
        faultTolerance.save(granted);
        faultTolerance.save(FaultToleranceCase.open(branch.get(1), FaultToleranceOrigin.FOUND, today.minusDays(5),
                "疫情防控期间临时调整物资发放流程，台账不全。", today));

        AccountabilityCase pending = AccountabilityCase.open(branch.get(2), d, "社区防汛物资台账与实物不符。",
                d.plusDays(1), d.plusDays(31), "清点物资，补齐台账，建立月查制度。", today);
        pending.recordRectification(d.plusDays(35), "逾期未完成清点，台账仍不符。", false, today);
        pending.hearStatement(d.plusDays(40), "承认疏于检查，已组织补点。", Fault.NEGLIGENCE, today);
        accountability.save(pending);

        AccountabilityCase decided = AccountabilityCase.open(branch.get(3), d, "民生项目进度滞后两个月。", d.plusDays(1),
                d.plusDays(21), "十五日内制定赶工计划。", today);
        decided.recordRectification(d.plusDays(25), "赶工计划未落实。", false, today);
        decided.hearStatement(d.plusDays(28), "承认统筹不力。", Fault.NEGLIGENCE, today);
        decided.hearOpinions(d.plusDays(29), "支部认为该同志一贯表现较好。", "群众反映工作认真，进度问题有客观原因。", today);
        decided.hearPolicyOpinion(d.plusDays(30), "区住建局", "项目审批延误不属当事人责任。", today);
        decided.decide(AccountabilityOutcome.LIGHTENED, "诫勉谈话", true, d.plusDays(33), "区纪委", "未造成大的损失，可以补救。",
                today);
        accountability.save(decided);
        obligations.save(Obligation.arise(decided.getMember(), null, decided.getDecidedOn(),
                decided.effectEvaluationDue(parameters)));

        ClarificationCase cleared = ClarificationCase.receive(branch.get(4), d, "匿名举报其违规发放困难补助。", today);
        cleared.verify(d.plusDays(6), "经查补助发放程序完整、对象符合条件，举报不实，系恶意中伤。", true, today);
        cleared.clarify(d.plusDays(10), true, false, "所在社区党员大会", today);
        clarifications.save(cleared);
    }
}
