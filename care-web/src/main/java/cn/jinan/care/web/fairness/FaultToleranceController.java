package cn.jinan.care.web.fairness;

import cn.jinan.care.domain.fairness.FaultToleranceCase;
import cn.jinan.care.domain.fairness.FaultToleranceDecision;
import cn.jinan.care.domain.fairness.FaultToleranceOrigin;
import cn.jinan.care.domain.fairness.FaultToleranceStatus;
import cn.jinan.care.persistence.fairness.FaultToleranceService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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

/** Fault-tolerance cases (容错, 第17条). */
@Controller
@RequestMapping("/fault-tolerance")
@RequiredArgsConstructor
class FaultToleranceController {

    /** The steps after opening, in order; the path names them. */
    enum Step {
        INVESTIGATE(FaultToleranceStatus.RECEIVED), ASSESS(FaultToleranceStatus.INVESTIGATED),
        DECIDE(FaultToleranceStatus.ASSESSED);

        private final FaultToleranceStatus from;

        Step(FaultToleranceStatus from) {
            this.from = from;
        }

        public String path() {
            return name().toLowerCase();
        }

        static Step of(String path) {
            return Arrays.stream(values()).filter(s -> s.path().equals(path)).findFirst()
                    .orElseThrow(() -> new NotFoundException("step", 0));
        }

        static Step nextFor(FaultToleranceStatus status) {
            return Arrays.stream(values()).filter(s -> s.from == status).findFirst().orElse(null);
        }
    }

    private final FaultToleranceService cases;
    private final MemberService members;
    private final Clock clock;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final cn.jinan.care.web.shared.Fmt fmt;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        model.addAttribute("year", year);
        model.addAttribute("page", cases.inScope(scope, year, PageRequest.of(Math.max(page, 0), 30)));
        return "fairness/fault-tolerance/list";
    }

    /** The list as filtered, with facts and reasons; each exported case's read is logged. */
    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        XlsxExport.Table<FaultToleranceCase> table = xlsx.<FaultToleranceCase>table()
                .text("field.organization", 24, c -> c.getMember().getOrganization().getName())
                .text("field.member", 10, c -> c.getMember().getName())
                .text("field.ftOrigin", 12, c -> fmt.label(c.getOrigin()))
                .date("field.receivedOn", FaultToleranceCase::getReceivedOn)
                .text("field.ftFacts", 40, FaultToleranceCase::getFacts)
                .text("field.caseStatus", 10, c -> fmt.label(c.getStatus()))
                .text("field.ftDecision", 10, c -> fmt.label(c.getDecision()))
                .date("field.decidedOn", FaultToleranceCase::getDecidedOn)
                .text("field.decisionReasons", 40, FaultToleranceCase::getDecisionReasons);
        xlsx.send(response, "ft.list", table, pageable -> cases.exportPage(scope, year, pageable));
    }

    @GetMapping("/new")
    String newCase(DataScope scope, @RequestParam(name = "member", required = false) Long memberId, Model model) {
        FaultToleranceForm form = new FaultToleranceForm();
        form.setReceivedOn(today());
        if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") FaultToleranceForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        long[] id = new long[1];
        if (Attempt.succeeded(result, response, () -> id[0] = cases.open(scope, form.getToken(), form.getMemberId(),
                form.getOrigin(), form.getReceivedOn(), form.getFacts()))) {
            redirect.addFlashAttribute("flash", "ft.opened");
            return "redirect:/fault-tolerance/" + id[0];
        }
        return form(scope, form, model);
    }

    /** The case with its facts, investigation, judgment and decision: a logged read. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        FaultToleranceCase c = cases.read(scope, id);
        model.addAttribute("c", c);
        model.addAttribute("next", Step.nextFor(c.getStatus()));
        return "fairness/fault-tolerance/show";
    }

    @GetMapping("/{id}/{step:investigate|assess|decide}")
    String stepForm(@PathVariable long id, @PathVariable String step, DataScope scope, Model model) {
        FaultToleranceCase c = cases.get(scope, id);
        FaultToleranceStepForm form = new FaultToleranceStepForm();
        form.setVersion(c.getVersion());
        form.setInvestigatedOn(today());
        form.setAssessedOn(today());
        form.setDecidedOn(today());
        return step(c, Step.of(step), form, model);
    }

    @PostMapping("/{id}/{step:investigate|assess|decide}")
    String doStep(@PathVariable long id, @PathVariable String step, DataScope scope,
            @Valid @ModelAttribute("form") FaultToleranceStepForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FaultToleranceCase c = cases.get(scope, id);
        Step s = Step.of(step);
        boolean done = Attempt.succeeded(result, response, () -> {
            switch (s) {
                case INVESTIGATE -> cases.investigate(scope, id, form.getVersion(), form.getInvestigatedOn(),
                        form.getInvestigator(), form.getFindings());
                case ASSESS -> cases.assess(scope, id, form.getVersion(), form.getAssessedOn(),
                        form.getLackOfExperience(), form.getNotProhibited(), form.getForDevelopment(),
                        form.getAssessment());
                case DECIDE -> cases.decide(scope, id, form.getVersion(), form.getDecision(), form.getDecidedOn(),
                        form.getDecidedBy(), form.getDecisionReasons());
            }
        });
        if (done) {
            redirect.addFlashAttribute("flash", "ft.step-done." + s.name());
            return "redirect:/fault-tolerance/" + id;
        }
        return step(c, s, form, model);
    }

    /** The history shows the facts before and after: a logged read too. */
    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        FaultToleranceCase c = cases.read(scope, id);
        model.addAttribute("member", c.getMember());
        model.addAttribute("titleKey", "ft.title");
        model.addAttribute("caseUrl", "/fault-tolerance/" + id);
        model.addAttribute("changes", cases.history(id));
        return "fairness/history";
    }

    private String step(FaultToleranceCase c, Step step, FaultToleranceStepForm form, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("step", step);
        model.addAttribute("form", form);
        model.addAttribute("decisions", FaultToleranceDecision.values());
        return "fairness/fault-tolerance/step";
    }

    private String form(DataScope scope, FaultToleranceForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("origins", FaultToleranceOrigin.values());
        if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "fairness/fault-tolerance/form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
