package cn.jinan.care.web.fairness;

import cn.jinan.care.domain.fairness.AccountabilityCase;
import cn.jinan.care.domain.fairness.AccountabilityOutcome;
import cn.jinan.care.domain.fairness.AccountabilityStatus;
import cn.jinan.care.domain.fairness.Fault;
import cn.jinan.care.domain.fairness.FourMust;
import cn.jinan.care.persistence.fairness.AccountabilityService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.web.shared.Fmt;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accountability cases (问责, 第18条): rectification first, then the four musts — shown as a checklist with what is
 * missing — the decision, and the effect evaluation it makes due.
 */
@Controller
@RequestMapping("/accountability")
@RequiredArgsConstructor
class AccountabilityController {

    private static final String STEPS = "{step:rectification|statement|opinions|policy-opinion|decide|evaluate}";

    /** The steps after opening; the path names them. */
    enum Step {
        RECTIFICATION("rectification", AccountabilityStatus.RECTIFYING),
        STATEMENT("statement", AccountabilityStatus.PROCEEDINGS),
        OPINIONS("opinions", AccountabilityStatus.PROCEEDINGS),
        POLICY_OPINION("policy-opinion", AccountabilityStatus.PROCEEDINGS),
        DECIDE("decide", AccountabilityStatus.PROCEEDINGS),
        EVALUATE("evaluate", AccountabilityStatus.DECIDED);

        private final String path;
        private final AccountabilityStatus at;

        Step(String path, AccountabilityStatus at) {
            this.path = path;
            this.at = at;
        }

        public String path() {
            return path;
        }

        static Step of(String path) {
            return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst()
                    .orElseThrow(() -> new NotFoundException("step", 0));
        }

        /** The steps open at a status. */
        static List<Step> at(AccountabilityStatus status) {
            return Arrays.stream(values()).filter(s -> s.at == status).toList();
        }
    }

    private final AccountabilityService cases;
    private final MemberService members;
    private final Clock clock;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Fmt fmt;

    /** Where each must before the decision is recorded, for the checklist's links. */
    @ModelAttribute("mustPaths")
    Map<FourMust, String> mustPaths() {
        return Map.of(FourMust.STATEMENT, Step.STATEMENT.path(), FourMust.ORGANIZATION_AND_MASSES,
                Step.OPINIONS.path(), FourMust.POLICY_OPINION, Step.POLICY_OPINION.path());
    }

    /** The cases in the scope by year, with the effect evaluations owed. */
    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        model.addAttribute("year", year);
        model.addAttribute("page", cases.inScope(scope, year, PageRequest.of(Math.max(page, 0), 30)));
        model.addAttribute("due", cases.evaluationsDue(scope));
        model.addAttribute("today", today());
        return "fairness/accountability/list";
    }

    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        XlsxExport.Table<AccountabilityCase> table = xlsx.<AccountabilityCase>table()
                .text("field.organization", 24, c -> c.getMember().getOrganization().getName())
                .text("field.member", 10, c -> c.getMember().getName())
                .date("field.foundOn", AccountabilityCase::getFoundOn)
                .text("field.problem", 40, AccountabilityCase::getProblem)
                .date("field.rectificationDeadline", AccountabilityCase::getRectificationDeadline)
                .text("field.rectificationResult", 30, AccountabilityCase::getRectificationResult)
                .text("field.caseStatus", 10, c -> fmt.label(c.getStatus()))
                .text("field.fault", 8, c -> fmt.label(c.getFault()))
                .text("field.outcome", 10, c -> fmt.label(c.getOutcome()))
                .text("field.measure", 20, AccountabilityCase::getMeasure)
                .date("field.decidedOn", AccountabilityCase::getDecidedOn)
                .date("field.evaluatedOn", AccountabilityCase::getEvaluatedOn);
        xlsx.send(response, "acc.list", table, pageable -> cases.exportPage(scope, year, pageable));
    }

    @GetMapping("/new")
    String newCase(DataScope scope, @RequestParam(name = "member", required = false) Long memberId, Model model) {
        AccountabilityForm form = new AccountabilityForm();
        form.setFoundOn(today());
        form.setRectificationOrderedOn(today());
        form.setRectificationDeadline(today().plusDays(30));
        if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") AccountabilityForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        long[] id = new long[1];
        if (Attempt.succeeded(result, response, () -> id[0] = cases.open(scope, form.getToken(), form.getMemberId(),
                form.getFoundOn(), form.getProblem(), form.getRectificationOrderedOn(),
                form.getRectificationDeadline(), form.getRectificationRequirements()))) {
            redirect.addFlashAttribute("flash", "acc.opened");
            return "redirect:/accountability/" + id[0];
        }
        return form(scope, form, model);
    }

    /** The case with its checklist of the four musts: a logged read. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        AccountabilityCase c = cases.read(scope, id);
        model.addAttribute("c", c);
        model.addAttribute("steps", Step.at(c.getStatus()));
        model.addAttribute("evaluationDue", cases.evaluationObligation(c).orElse(null));
        model.addAttribute("today", today());
        return "fairness/accountability/show";
    }

    @GetMapping("/{id}/" + STEPS)
    String stepForm(@PathVariable long id, @PathVariable String step, DataScope scope, Model model) {
        AccountabilityCase c = cases.get(scope, id);
        return step(c, Step.of(step), AccountabilityStepForm.of(c, today()), model);
    }

    @PostMapping("/{id}/" + STEPS)
    String doStep(@PathVariable long id, @PathVariable String step, DataScope scope,
            @Valid @ModelAttribute("form") AccountabilityStepForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Step s = Step.of(step);
        long v = form.getVersion();
        boolean done = Attempt.succeeded(result, response, () -> {
            switch (s) {
                case RECTIFICATION -> cases.recordRectification(scope, id, v, form.getRectificationResultOn(),
                        form.getRectificationResult(), form.getRectificationSufficient());
                case STATEMENT -> cases.hearStatement(scope, id, v, form.getStatementOn(), form.getStatement(),
                        form.getFault());
                case OPINIONS -> cases.hearOpinions(scope, id, v, form.getOpinionsOn(),
                        form.getOrganizationOpinion(), form.getMassesOpinion());
                case POLICY_OPINION -> cases.hearPolicyOpinion(scope, id, v, form.getPolicyOpinionOn(),
                        form.getPolicyDepartment(), form.getPolicyOpinion());
                case DECIDE -> cases.decide(scope, id, v, form.getOutcome(), form.getMeasure(),
                        form.getLossRemediable(), form.getDecidedOn(), form.getDecidedBy(),
                        form.getDecisionReasons());
                case EVALUATE -> cases.evaluate(scope, id, v, form.getEvaluatedOn(), form.getEvaluation());
            }
        });
        if (done) {
            redirect.addFlashAttribute("flash", "acc.step-done." + s.name());
            return "redirect:/accountability/" + id;
        }
        // read after the failed attempt: the checklist shows the case as it is
        return step(cases.get(scope, id), s, form, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        AccountabilityCase c = cases.read(scope, id);
        model.addAttribute("member", c.getMember());
        model.addAttribute("titleKey", "acc.title");
        model.addAttribute("caseUrl", "/accountability/" + id);
        model.addAttribute("changes", cases.history(id));
        return "fairness/history";
    }

    private String step(AccountabilityCase c, Step step, AccountabilityStepForm form, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("step", step);
        model.addAttribute("form", form);
        model.addAttribute("faults", Fault.values());
        model.addAttribute("outcomes", AccountabilityOutcome.values());
        return "fairness/accountability/step";
    }

    private String form(DataScope scope, AccountabilityForm form, Model model) {
        model.addAttribute("form", form);
        if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "fairness/accountability/form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
