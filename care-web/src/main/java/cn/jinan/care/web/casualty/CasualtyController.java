package cn.jinan.care.web.casualty;

import cn.jinan.care.domain.casualty.CasualtyCase;
import cn.jinan.care.domain.casualty.CasualtyFamilyMember;
import cn.jinan.care.domain.casualty.CasualtyKind;
import cn.jinan.care.domain.casualty.DeathCause;
import cn.jinan.care.domain.casualty.FamilyRelation;
import cn.jinan.care.domain.casualty.HelpKind;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.persistence.audit.Change;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.casualty.CasualtyFilter;
import cn.jinan.care.persistence.casualty.CasualtyService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.Logged;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.RecordFlash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
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

/** The on-duty casualty register (关爱因公殉职、牺牲党员家庭和因公伤残党员, 第28条). */
@Controller
@RequestMapping("/casualty")
@RequiredArgsConstructor
class CasualtyController {

    private final CasualtyService casualties;
    private final MemberService members;
    private final OrganizationService organizations;
    private final HistoryService history;
    private final Clock clock;
    private final cn.jinan.care.web.shared.XlsxExport xlsx;
    private final cn.jinan.care.web.shared.Fmt fmt;

    /** The register in the scope, filtered, paged in SQL, with the cases whose family follow-up is overdue. */
    @GetMapping
    String list(DataScope scope, @RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(required = false) CasualtyKind kind,
            @RequestParam(required = false) CasualtyFilter.State state,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CasualtyFilter filter = new CasualtyFilter(organizationId, kind, state, year, overdue);
        Page<CasualtyCase> found = casualties.inScope(scope, filter, PageRequest.of(Math.max(page, 0), 30));
        List<CasualtyCase> overdueCases = casualties.overdue(scope);
        List<CasualtyCase> shown = new ArrayList<>(found.getContent());
        shown.addAll(overdueCases);
        model.addAttribute("filter", filter);
        model.addAttribute("states", CasualtyFilter.State.values());
        model.addAttribute("kinds", CasualtyKind.values());
        model.addAttribute("organizations", organizations.subtree(scope));
        model.addAttribute("page", found);
        model.addAttribute("overdue", overdueCases);
        model.addAttribute("nextDue", casualties.nextFollowUps(shown));
        model.addAttribute("today", today());
        return "casualty/list";
    }

    /**
     * The register as filtered, as Excel: the columns of the list (who, what happened, the responsible person, the next
     * follow-up). The family's situation stays on the case page, whose every read is logged.
     */
    @GetMapping("/export")
    void export(DataScope scope, @RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(required = false) CasualtyKind kind,
            @RequestParam(required = false) CasualtyFilter.State state,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean overdue,
            HttpServletResponse response) {
        CasualtyFilter filter = new CasualtyFilter(organizationId, kind, state, year, overdue);
        var table = xlsx.<CasualtyCase>table()
                .text("field.organization", 24, c -> c.getMember().getOrganization().getName())
                .text("field.member", 10, c -> c.getMember().getName())
                .text("field.casualtyKind", 12, c -> fmt.label(c.getKind()))
                .date("field.casualtyEventDate", CasualtyCase::getEventDate)
                .text("field.casualtyCause", 8, c -> c.getCause() == null ? null : fmt.label(c.getCause()))
                .text("field.casualtyMartyr", 8, c -> fmt.value(c.isMartyr()))
                .text("field.casualtyResponsiblePerson", 12, CasualtyCase::getResponsiblePerson)
                .date("field.casualtyOpenedOn", CasualtyCase::getOpenedOn)
                .date("field.casualtyClosedOn", CasualtyCase::getClosedOn);
        xlsx.send(response, "casualty.list", table, pageable -> casualties.inScope(scope, filter, pageable));
    }

    @GetMapping("/new")
    String newCase(DataScope scope, @RequestParam(name = "member", required = false) Long memberId, Model model) {
        CasualtyForm form = new CasualtyForm();
        form.setKind(CasualtyKind.DIED_ON_DUTY);
        form.setOpenedOn(today());
        if (memberId != null) {
            Member member = members.get(scope, memberId);
            form.setMemberId(member.getId());
            if (member.getStatus() == MemberStatus.DECEASED) {
                form.setEventDate(member.getStatusDate());
            }
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") CasualtyForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = casualties.open(scope, form.getToken(), form.getMemberId(), form.details());
                redirect.addFlashAttribute("flash", "casualty.opened");
                return "redirect:/casualty/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    /** The case with its family, follow-ups and what is owed: the read is logged. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        CasualtyCase c = casualties.read(scope, id);
        List<Obligation> owed = casualties.followUpObligations(c);
        model.addAttribute("record", c);
        model.addAttribute("family", casualties.family(id));
        model.addAttribute("followUps", casualties.followUps(id));
        model.addAttribute("visits", casualties.familyVisits(scope, c));
        model.addAttribute("obligations", owed);
        model.addAttribute("nextDue", owed.stream().filter(o -> o.getStatus() == ObligationStatus.OPEN)
                .findFirst().orElse(null));
        model.addAttribute("today", today());
        return "casualty/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        CasualtyCase c = casualties.read(scope, id);
        return form(scope, CasualtyForm.of(c), c, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") CasualtyForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CasualtyCase c = casualties.get(scope, id);
        form.setMemberId(c.getMember().getId());
        form.setKind(c.getKind());
        if (!result.hasErrors()) {
            try {
                casualties.change(scope, id, form.getVersion(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/casualty/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, c, model);
    }

    // ---- family members

    @GetMapping("/{id}/family/new")
    String newFamilyMember(@PathVariable long id, DataScope scope, Model model) {
        return familyForm(casualties.get(scope, id), new FamilyMemberForm(), null, model);
    }

    @PostMapping("/{id}/family")
    String addFamilyMember(@PathVariable long id, DataScope scope,
            @Valid @ModelAttribute("form") FamilyMemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CasualtyCase c = casualties.get(scope, id);
        if (!result.hasErrors()) {
            try {
                casualties.addFamilyMember(scope, form.getToken(), id, form.details());
                redirect.addFlashAttribute("flash", "casualty.family.added");
                return "redirect:/casualty/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return familyForm(c, form, null, model);
    }

    @GetMapping("/{id}/family/{familyId}/edit")
    String editFamilyMember(@PathVariable long id, @PathVariable long familyId, DataScope scope, Model model) {
        CasualtyFamilyMember f = casualties.readFamilyMember(scope, id, familyId);
        return familyForm(f.getCasualtyCase(), FamilyMemberForm.of(f), f, model);
    }

    @PostMapping("/{id}/family/{familyId}")
    String updateFamilyMember(@PathVariable long id, @PathVariable long familyId, DataScope scope,
            @Valid @ModelAttribute("form") FamilyMemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CasualtyCase c = casualties.get(scope, id);
        CasualtyFamilyMember f = casualties.readFamilyMember(scope, id, familyId);
        if (!result.hasErrors()) {
            try {
                casualties.changeFamilyMember(scope, id, familyId, form.getVersion(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/casualty/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return familyForm(c, form, f, model);
    }

    @PostMapping("/{id}/family/{familyId}/delete")
    String removeFamilyMember(@PathVariable long id, @PathVariable long familyId, DataScope scope,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            casualties.removeFamilyMember(scope, id, familyId, version);
            redirect.addFlashAttribute("flash", "casualty.family.removed");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessageKey());
        }
        return "redirect:/casualty/" + id;
    }

    // ---- follow-ups

    @GetMapping("/{id}/follow-ups/new")
    String newFollowUp(@PathVariable long id, DataScope scope, Model model) {
        CasualtyCase c = casualties.get(scope, id);
        FollowUpForm form = new FollowUpForm();
        form.setDate(today());
        form.setByWhom(c.getResponsiblePerson());
        return followUpForm(c, form, model);
    }

    @PostMapping("/{id}/follow-ups")
    String logFollowUp(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") FollowUpForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        CasualtyCase c = casualties.get(scope, id);
        if (!result.hasErrors()) {
            try {
                Logged logged = casualties.logFollowUp(scope, form.getToken(), id, form.details());
                RecordFlash.logged(redirect, "casualty.follow-up.logged", logged);
                return "redirect:/casualty/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return followUpForm(c, form, model);
    }

    // ---- closing and history

    @GetMapping("/{id}/close")
    String closeForm(@PathVariable long id, DataScope scope, Model model) {
        CasualtyCase c = casualties.get(scope, id);
        CloseCaseForm form = new CloseCaseForm();
        form.setClosedOn(today());
        form.setVersion(c.getVersion());
        return close(c, form, model);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") CloseCaseForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CasualtyCase c = casualties.get(scope, id);
        if (!result.hasErrors()) {
            try {
                casualties.close(scope, id, form.getVersion(), form.getClosedOn(), form.getCloseReason());
                redirect.addFlashAttribute("flash", "casualty.closed-now");
                return "redirect:/casualty/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return close(c, form, model);
    }

    /** The history of the case, of each family member (removed ones too) and of each follow-up: a logged read. */
    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        CasualtyCase c = casualties.read(scope, id);
        Map<Long, List<Change>> familyChanges = new LinkedHashMap<>();
        casualties.familyMemberIdsEver(id).forEach(f -> familyChanges.put(f, history.ofCasualtyFamilyMember(f)));
        Map<Long, List<Change>> followUpChanges = new LinkedHashMap<>();
        casualties.followUpIds(id).forEach(f -> followUpChanges.put(f, history.ofCasualtyFollowUp(f)));
        model.addAttribute("record", c);
        model.addAttribute("changes", history.ofCasualtyCase(id));
        model.addAttribute("familyChanges", familyChanges);
        model.addAttribute("followUpChanges", followUpChanges);
        return "casualty/history";
    }

    private String form(DataScope scope, CasualtyForm form, CasualtyCase c, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("record", c);
        model.addAttribute("kinds", CasualtyKind.values());
        model.addAttribute("causes", DeathCause.values());
        if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        } else {
            model.addAttribute("picker", casualties.picker(scope));
        }
        return "casualty/form";
    }

    private String familyForm(CasualtyCase c, FamilyMemberForm form, CasualtyFamilyMember f, Model model) {
        model.addAttribute("record", c);
        model.addAttribute("form", form);
        model.addAttribute("familyMember", f);
        model.addAttribute("relations", FamilyRelation.values());
        return "casualty/family-form";
    }

    private String followUpForm(CasualtyCase c, FollowUpForm form, Model model) {
        model.addAttribute("record", c);
        model.addAttribute("form", form);
        model.addAttribute("helpKinds", HelpKind.values());
        model.addAttribute("fundingSources", FundingSource.values());
        return "casualty/follow-up";
    }

    private String close(CasualtyCase c, CloseCaseForm form, Model model) {
        model.addAttribute("record", c);
        model.addAttribute("form", form);
        return "casualty/close";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
