package cn.jinan.care.web.activity;

import cn.jinan.care.domain.activity.Activity;
import cn.jinan.care.domain.activity.ActivityKind;
import cn.jinan.care.domain.activity.ActivityParticipant;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.activity.ActivityFilter;
import cn.jinan.care.persistence.activity.ActivityService;
import cn.jinan.care.persistence.activity.PostingResult;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Fmt;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The activity register (第3、4、13、23条): a branch secretary records the branch's activities, the organization
 * department those of its subtree; a study activity's hours are posted to its participants in one step.
 */
@Controller
@RequestMapping("/activities")
@RequiredArgsConstructor
class ActivityController {

    private final ActivityService activities;
    private final OrganizationService organizations;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Fmt fmt;
    private final Clock clock;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            @RequestParam(defaultValue = "0") int page, Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        ActivityFilter filter = new ActivityFilter(kind, year);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("page", activities.inScope(scope, filter, PageRequest.of(Math.max(page, 0), 30)));
        return "activity/list";
    }

    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        ActivityFilter filter = new ActivityFilter(kind, year);
        XlsxExport.Table<Activity> table = xlsx.<Activity>table()
                .date("field.activityStart", Activity::getStartDate)
                .date("field.activityEnd", Activity::getEndDate)
                .text("field.activityKind", 12, a -> fmt.label(a.getKind()))
                .text("field.activityTitle", 30, Activity::getTitle)
                .text("field.activityOrganizer", 24, a -> a.getOrganization().getName())
                .text("field.activitySite", 20, Activity::getSite)
                .text("field.freeShuttle", 8, a -> fmt.value(a.isFreeShuttle()))
                .decimal("field.hoursPerDay", Activity::getHoursPerDay);
        xlsx.send(response, "activity.list", table, pageable -> activities.inScope(scope, filter, pageable));
    }

    @GetMapping("/new")
    String newActivity(DataScope scope, @RequestParam(name = "org", required = false) Long org, Model model) {
        ActivityForm form = new ActivityForm();
        form.setOrganizationId(organizations.get(scope, org == null ? scope.organizationId() : org).getId());
        form.setStartDate(today());
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") ActivityForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getOrganizationId() == null) {
            form.setOrganizationId(scope.organizationId());
        }
        if (!result.hasErrors()) {
            try {
                long id = activities.record(scope, form.getToken(), form.getOrganizationId(), form.details(),
                        form.getMemberIds());
                redirect.addFlashAttribute("flash", "activity.recorded");
                return "redirect:/activities/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        Activity activity = activities.get(scope, id);
        model.addAttribute("activity", activity);
        model.addAttribute("participants", activities.participants(scope, id));
        model.addAttribute("postings", activities.postings(scope, id));
        model.addAttribute("canPost", activity.canPostOn(today()));
        return "activity/show";
    }

    @PostMapping("/{id}/post-hours")
    String postHours(@PathVariable long id, DataScope scope, RedirectAttributes redirect) {
        try {
            PostingResult done = activities.postHours(scope, id);
            redirect.addFlashAttribute("flash", "activity.posted");
            redirect.addFlashAttribute("posting", done);
        } catch (DomainException e) {
            redirect.addFlashAttribute("postError", e.getMessageKey());
        }
        return "redirect:/activities/" + id;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Activity activity = activities.get(scope, id);
        return form(scope, ActivityForm.of(activity, activities.participants(scope, id)), activity, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Activity activity = activities.get(scope, id);
        form.setOrganizationId(activity.getOrganization().getId());
        if (!result.hasErrors()) {
            try {
                activities.change(scope, id, form.getVersion(), form.details(), form.getMemberIds());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/activities/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, activity, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("activity", activities.get(scope, id));
        model.addAttribute("changes", activities.history(scope, id));
        return "activity/history";
    }

    private String form(DataScope scope, ActivityForm form, Activity activity, Model model) {
        Organization organizer = activity != null ? activity.getOrganization()
                : organizations.get(scope, form.getOrganizationId());
        model.addAttribute("form", form);
        model.addAttribute("activity", activity);
        model.addAttribute("organizer", organizer);
        model.addAttribute("kinds", ActivityKind.values());
        if (activity == null) {
            model.addAttribute("organizations", organizations.subtree(scope));
        }
        // the roster of the organizer's subtree; members already ticked stay listed even when not on it any more
        List<Member> picker = new ArrayList<>(activities.picker(organizer));
        if (activity != null) {
            Map<Long, Member> listed = new LinkedHashMap<>();
            picker.forEach(m -> listed.put(m.getId(), m));
            for (ActivityParticipant p : activities.participants(scope, activity.getId())) {
                listed.putIfAbsent(p.getMember().getId(), p.getMember());
            }
            picker = new ArrayList<>(listed.values());
        }
        model.addAttribute("picker", picker);
        return "activity/form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
