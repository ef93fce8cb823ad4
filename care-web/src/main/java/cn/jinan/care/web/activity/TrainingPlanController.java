package cn.jinan.care.web.activity;

import cn.jinan.care.domain.activity.PlanProgress;
import cn.jinan.care.domain.activity.TrainingPlan;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.activity.TrainingPlanService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** Training plans (第13条): the organization department plans each year's sessions and hours, and sees them held. */
@Controller
@RequestMapping("/training-plans")
@RequiredArgsConstructor
class TrainingPlanController {

    private final TrainingPlanService plans;
    private final OrganizationService organizations;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Clock clock;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        model.addAttribute("year", year);
        model.addAttribute("page", plans.inScope(scope, year, PageRequest.of(Math.max(page, 0), 30)));
        return "plan/list";
    }

    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        XlsxExport.Table<PlanProgress> table = xlsx.<PlanProgress>table()
                .integer("field.year", p -> p.plan().getYear())
                .text("field.organization", 24, p -> p.plan().getOrganization().getName())
                .integer("field.plannedSessions", p -> p.plan().getPlannedSessions())
                .integer("field.actualSessions", PlanProgress::actualSessions)
                .decimal("field.plannedHours", p -> p.plan().getPlannedHours())
                .decimal("field.actualHours", PlanProgress::actualHours)
                .text("field.planTopics", 30, p -> p.plan().getTopics());
        xlsx.send(response, "plan.list", table, pageable -> plans.inScope(scope, year, pageable));
    }

    @GetMapping("/new")
    String newPlan(DataScope scope, Model model) {
        TrainingPlanForm form = new TrainingPlanForm();
        form.setOrganizationId(scope.organizationId());
        form.setYear(LocalDate.now(clock).getYear());
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") TrainingPlanForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getOrganizationId() == null) {
            result.rejectValue("organizationId", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                long id = plans.record(scope, form.getToken(), form.getOrganizationId(), form.getYear(),
                        form.getPlannedSessions(), form.getPlannedHours(), form.getTopics());
                redirect.addFlashAttribute("flash", "plan.recorded");
                return "redirect:/training-plans/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("progress", plans.progress(plans.get(scope, id)));
        return "plan/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        TrainingPlan plan = plans.get(scope, id);
        return form(scope, TrainingPlanForm.of(plan), plan, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") TrainingPlanForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        TrainingPlan plan = plans.get(scope, id);
        form.setOrganizationId(plan.getOrganization().getId());
        form.setYear(plan.getYear());
        if (!result.hasErrors()) {
            try {
                plans.change(scope, id, form.getVersion(), form.getPlannedSessions(), form.getPlannedHours(),
                        form.getTopics());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/training-plans/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, plan, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("plan", plans.get(scope, id));
        model.addAttribute("changes", plans.history(scope, id));
        return "plan/history";
    }

    private String form(DataScope scope, TrainingPlanForm form, TrainingPlan plan, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        if (plan == null) {
            model.addAttribute("organizations", organizations.subtree(scope));
        }
        return "plan/form";
    }
}
