package cn.jinan.care.web.member;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.member.MemberSearch;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

@Controller
@RequestMapping("/members")
@RequiredArgsConstructor
class MemberController {

    static final int PAGE_SIZE = 20;
    /** Sort keys the roster accepts, and the properties they sort by; anything else sorts by name. */
    static final Map<String, Sort> SORTS = Map.of(
            "name", Sort.by("name", "id"),
            "admitted", Sort.by("admittedDate", "id"),
            "birth", Sort.by("birthDate", "id"),
            "organization", Sort.by("organization.code", "name", "id"));

    private final MemberService members;
    private final OrganizationService organizations;
    private final HistoryService history;
    private final Clock clock;
    private final cn.jinan.care.persistence.quota.QuotaService quotas;
    private final cn.jinan.care.persistence.obligation.ObligationService obligations;
    private final cn.jinan.care.persistence.talk.TalkService talks;
    private final cn.jinan.care.persistence.visit.VisitService visits;
    private final cn.jinan.care.persistence.training.StudyService study;
    private final cn.jinan.care.persistence.lecture.LectureService lectures;
    private final cn.jinan.care.persistence.exemption.ExemptionService exemptions;
    private final cn.jinan.care.persistence.fairness.FaultToleranceService faultTolerance;

    @GetMapping
    String list(DataScope scope, @RequestParam(required = false) String q,
            @RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(required = false) MemberStatus status,
            @RequestParam(required = false) MemberCategory category,
            @RequestParam(required = false) MemberSearch.Flag flag,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String query = q == null ? null : q.strip();
        if (query != null && query.length() > 50) {
            query = query.substring(0, 50);
        }
        MemberSearch search = new MemberSearch(query, organizationId, status, category, flag);
        PageRequest pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE, SORTS.getOrDefault(sort, SORTS.get("name")));
        model.addAttribute("page", members.search(scope, search, pageable));
        model.addAttribute("search", search);
        model.addAttribute("sort", SORTS.containsKey(sort) ? sort : "name");
        model.addAttribute("organizations", organizations.picker(scope, organizationId));
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("categories", MemberCategory.values());
        model.addAttribute("flags", MemberSearch.Flag.values());
        if (organizationId != null) {
            model.addAttribute("filterOrganization", organizations.get(scope, organizationId));
        }
        return "member/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        Member member = members.get(scope, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("member", member);
        model.addAttribute("partyAge", member.partyAge(today).orElse(null));
        model.addAttribute("age", java.time.Period.between(member.getBirthDate(), today).getYears());
        model.addAttribute("events", members.events(scope, id));
        model.addAttribute("lineage", organizations.lineage(scope, member.getOrganization()));
        model.addAttribute("year", today.getYear());
        model.addAttribute("today", today);
        model.addAttribute("quotas", quotas.statuses(member, today.getYear()));
        model.addAttribute("obligations", obligations.forMember(id));
        model.addAttribute("talks", talks.forMember(scope, id));
        model.addAttribute("visits", visits.forMember(scope, id));
        model.addAttribute("studyRecords", study.forMember(scope, id));
        model.addAttribute("lectures", member.isLeadingCadre() ? lectures.bySpeaker(scope, id) : java.util.List.of());
        model.addAttribute("exemptions", exemptions.forMember(scope, id));
        // 第17条: later assessments see the tolerance granted (a logged read of each decision shown)
        model.addAttribute("faultTolerance", faultTolerance.grantedFor(scope, id));
        return "member/show";
    }

    /** Shows the full identity number once; the read is logged. */
    @PostMapping("/{id}/id-number")
    String revealIdNumber(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("fullIdNumber", members.revealIdNumber(scope, id));
        return show(id, scope, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("member", members.get(scope, id));
        model.addAttribute("changes", history.ofMember(id));
        return "member/history";
    }

    @GetMapping("/new")
    String newMember(DataScope scope, @RequestParam(name = "org", required = false) Long organizationId,
            Model model) {
        MemberForm form = new MemberForm();
        if (organizationId != null) {
            form.setOrganizationId(organizations.get(scope, organizationId).getId());
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") MemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Member created = members.create(scope, form.getOrganizationId(), form.toProfile());
                redirect.addFlashAttribute("flash", "member.created");
                return "redirect:/members/" + created.getId();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Member member = members.get(scope, id);
        return form(scope, MemberForm.of(member), member, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") MemberForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Member member = members.get(scope, id);
        form.keepIdNumberIfUnchanged(member);
        if (!result.hasErrors()) {
            try {
                members.update(scope, id, form.getVersion(), form.getOrganizationId(), form.toProfile());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/members/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        if (form.getIdNumber() != null && form.getIdNumber().equals(member.getIdNumber().value())) {
            form.setIdNumber(member.maskedIdNumber());
        }
        return form(scope, form, member, model);
    }

    private String form(DataScope scope, MemberForm form, Member member, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("member", member);
        model.addAttribute("organizations", organizations.memberHolders(scope));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("categories", MemberCategory.values());
        model.addAttribute("households", Household.values());
        model.addAttribute("delegateLevels", DelegateLevel.values());
        return "member/form";
    }

    @GetMapping("/{id}/events/new")
    String newEvent(@PathVariable long id, DataScope scope, Model model) {
        EventForm form = new EventForm();
        form.setDate(LocalDate.now(clock));
        return eventForm(members.get(scope, id), form, model);
    }

    @PostMapping("/{id}/events")
    String recordEvent(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") EventForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Member member = members.get(scope, id);
        if (!result.hasErrors()) {
            try {
                members.recordEvent(scope, form.getToken(), id, form.getKind(), form.getDate(), form.getNote());
                redirect.addFlashAttribute("flash", "event.recorded");
                return "redirect:/members/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return eventForm(member, form, model);
    }

    private String eventForm(Member member, EventForm form, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("kinds", MemberEventKind.values());
        return "member/event-form";
    }
}
