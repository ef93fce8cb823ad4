package cn.jinan.care.web.health;

import cn.jinan.care.domain.health.HealthCheck;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.health.HealthCheckService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.Logged;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import cn.jinan.care.web.security.CareUser;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.RecordFlash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

@Controller
@RequestMapping("/health")
@RequiredArgsConstructor
class HealthController {

    private final HealthCheckService checks;
    private final MemberService members;
    private final HistoryService history;
    private final Clock clock;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;

    /** Coverage of the year per child organization, and the year's checks below it. */
    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("coverage", checks.coverage(scope, y));
        model.addAttribute("page", checks.inScope(scope, y, PageRequest.of(Math.max(page, 0), 30)));
        return "health/list";
    }

    /**
     * The year's checks as filtered, as Excel: who was checked, when and where. Whether a check found a major risk,
     * and what, is health data: it stays on the detail page, whose every read is logged.
     */
    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        XlsxExport.Table<HealthCheck> table = xlsx.<HealthCheck>table()
                .text("field.organization", 24, h -> h.getMember().getOrganization().getName())
                .text("field.member", 10, h -> h.getMember().getName())
                .date("field.date", HealthCheck::getDate)
                .text("field.institution", 24, HealthCheck::getInstitution);
        xlsx.send(response, "health.checks", table, pageable -> checks.inScope(scope, y, pageable));
    }

    @GetMapping("/new")
    String newCheck(DataScope scope, @RequestParam(name = "member", required = false) Long memberId, Model model) {
        HealthCheckForm form = new HealthCheckForm();
        LocalDate today = LocalDate.now(clock);
        form.setDate(today);
        form.setYear(today.getYear());
        if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") HealthCheckForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                HealthCheckService.Recorded recorded = checks.record(scope, form.getToken(), form.getMemberId(),
                        form.details());
                redirect.addFlashAttribute("flash", recorded.followUpDue().isPresent()
                        ? "health.recorded-follow-up-due" : "health.recorded");
                return "redirect:/health/" + recorded.id();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, model);
    }

    /** The check with its findings and follow-ups: the read is logged. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        HealthCheck check = checks.read(scope, id);
        model.addAttribute("check", check);
        model.addAttribute("followUps", checks.followUps(id));
        return "health/show";
    }

    /** The history shows the findings before and after: a logged read too. */
    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("check", checks.read(scope, id));
        model.addAttribute("changes", history.ofHealthCheck(id));
        return "health/history";
    }

    /** From a to-do line: the follow-up form of the check the obligation arose from. */
    @GetMapping("/follow-ups/new")
    String followUpFromToDo(DataScope scope, @RequestParam(name = "obligation") long obligationId) {
        HealthCheck check = checks.forObligation(scope, obligationId);
        return "redirect:/health/" + check.getId() + "/follow-ups/new";
    }

    @GetMapping("/{id}/follow-ups/new")
    String newFollowUp(@PathVariable long id, DataScope scope, @AuthenticationPrincipal CareUser user, Model model) {
        FollowUpForm form = new FollowUpForm();
        form.setDate(LocalDate.now(clock));
        form.setByWhom(user.displayName());
        return followUpForm(checks.get(scope, id), form, model);
    }

    @PostMapping("/{id}/follow-ups")
    String createFollowUp(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") FollowUpForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        HealthCheck check = checks.get(scope, id);
        if (!result.hasErrors()) {
            try {
                Logged logged = checks.followUp(scope, form.getToken(), id, form.getDate(), form.getByWhom(),
                        form.getNotes());
                RecordFlash.logged(redirect, "health.follow-up.logged", logged);
                return "redirect:/health/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return followUpForm(check, form, model);
    }

    private String followUpForm(HealthCheck check, FollowUpForm form, Model model) {
        model.addAttribute("check", check);
        model.addAttribute("form", form);
        return "health/follow-up-form";
    }

    private String form(DataScope scope, HealthCheckForm form, Model model) {
        model.addAttribute("form", form);
        if (form.getMemberId() != null) {
            Member member = members.get(scope, form.getMemberId());
            model.addAttribute("member", member);
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "health/form";
    }
}
