package cn.jinan.care.web.fairness;

import cn.jinan.care.domain.fairness.ClarificationCase;
import cn.jinan.care.domain.fairness.ClarificationStatus;
import cn.jinan.care.persistence.fairness.ClarificationService;
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

/** Clarification cases (澄清正名, 第19条). */
@Controller
@RequestMapping("/clarifications")
@RequiredArgsConstructor
class ClarificationController {

    enum Step {
        VERIFY("verify", ClarificationStatus.RECEIVED), CLARIFY("clarify", ClarificationStatus.FALSE_ACCUSATION),
        ACCUSER("accuser", ClarificationStatus.CLARIFIED);

        private final String path;
        private final ClarificationStatus from;

        Step(String path, ClarificationStatus from) {
            this.path = path;
            this.from = from;
        }

        public String path() {
            return path;
        }

        static Step of(String path) {
            return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst()
                    .orElseThrow(() -> new NotFoundException("step", 0));
        }

        static Step nextFor(ClarificationStatus status) {
            return Arrays.stream(values()).filter(s -> s.from == status).findFirst().orElse(null);
        }
    }

    private final ClarificationService cases;
    private final MemberService members;
    private final Clock clock;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Fmt fmt;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        model.addAttribute("year", year);
        model.addAttribute("page", cases.inScope(scope, year, PageRequest.of(Math.max(page, 0), 30)));
        return "fairness/clarification/list";
    }

    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        XlsxExport.Table<ClarificationCase> table = xlsx.<ClarificationCase>table()
                .text("field.organization", 24, c -> c.getMember().getOrganization().getName())
                .text("field.member", 10, c -> c.getMember().getName())
                .date("field.receivedOn", ClarificationCase::getReceivedOn)
                .text("field.reportSummary", 40, ClarificationCase::getReportSummary)
                .text("field.caseStatus", 10, c -> fmt.label(c.getStatus()))
                .date("field.verifiedOn", ClarificationCase::getVerifiedOn)
                .date("field.clarifiedOn", ClarificationCase::getClarifiedOn)
                .text("field.clarificationVenue", 24, ClarificationCase::getClarificationVenue)
                .text("field.accuserAction", 30, ClarificationCase::getAccuserAction);
        xlsx.send(response, "cl.list", table, pageable -> cases.exportPage(scope, year, pageable));
    }

    @GetMapping("/new")
    String newCase(DataScope scope, @RequestParam(name = "member", required = false) Long memberId, Model model) {
        ClarificationForm form = new ClarificationForm();
        form.setReceivedOn(today());
        if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") ClarificationForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        long[] id = new long[1];
        if (Attempt.succeeded(result, response, () -> id[0] = cases.receive(scope, form.getToken(),
                form.getMemberId(), form.getReceivedOn(), form.getReportSummary()))) {
            redirect.addFlashAttribute("flash", "cl.opened");
            return "redirect:/clarifications/" + id[0];
        }
        return form(scope, form, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        ClarificationCase c = cases.read(scope, id);
        model.addAttribute("c", c);
        model.addAttribute("next", Step.nextFor(c.getStatus()));
        return "fairness/clarification/show";
    }

    @GetMapping("/{id}/{step:verify|clarify|accuser}")
    String stepForm(@PathVariable long id, @PathVariable String step, DataScope scope, Model model) {
        ClarificationCase c = cases.get(scope, id);
        ClarificationStepForm form = new ClarificationStepForm();
        form.setVersion(c.getVersion());
        form.setVerifiedOn(today());
        form.setClarifiedOn(today());
        form.setAccuserHandledOn(today());
        return step(c, Step.of(step), form, model);
    }

    @PostMapping("/{id}/{step:verify|clarify|accuser}")
    String doStep(@PathVariable long id, @PathVariable String step, DataScope scope,
            @Valid @ModelAttribute("form") ClarificationStepForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ClarificationCase c = cases.get(scope, id);
        Step s = Step.of(step);
        long v = form.getVersion();
        boolean done = Attempt.succeeded(result, response, () -> {
            switch (s) {
                case VERIFY -> cases.verify(scope, id, v, form.getVerifiedOn(), form.getVerificationFindings(),
                        form.getFalseAccusation());
                case CLARIFY -> cases.clarify(scope, id, v, form.getClarifiedOn(), form.isByMeeting(),
                        form.isByMedia(), form.getClarificationVenue());
                case ACCUSER -> cases.handleAccuser(scope, id, v, form.getAccuserHandledOn(),
                        form.getAccuserAction());
            }
        });
        if (done) {
            redirect.addFlashAttribute("flash", "cl.step-done." + s.name());
            return "redirect:/clarifications/" + id;
        }
        return step(c, s, form, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        ClarificationCase c = cases.read(scope, id);
        model.addAttribute("member", c.getMember());
        model.addAttribute("titleKey", "cl.title");
        model.addAttribute("caseUrl", "/clarifications/" + id);
        model.addAttribute("changes", cases.history(id));
        return "fairness/history";
    }

    private String step(ClarificationCase c, Step step, ClarificationStepForm form, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("step", step);
        model.addAttribute("form", form);
        return "fairness/clarification/step";
    }

    private String form(DataScope scope, ClarificationForm form, Model model) {
        model.addAttribute("form", form);
        if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "fairness/clarification/form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
