package cn.jinan.care.web.secondment;

import cn.jinan.care.domain.secondment.Secondment;
import cn.jinan.care.domain.secondment.SecondmentDirection;
import cn.jinan.care.domain.secondment.SecondmentKind;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.secondment.SecondmentFilter;
import cn.jinan.care.persistence.secondment.SecondmentService;
import cn.jinan.care.web.shared.Fmt;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
 * The secondment register (调、挂、派, 第12条). The organization department records and corrects secondments in its
 * subtree; a branch secretary reads the branch's (the security configuration says so per route).
 */
@Controller
@RequestMapping("/secondments")
@RequiredArgsConstructor
class SecondmentController {

    private final SecondmentService secondments;
    private final MemberService members;
    private final OrganizationService organizations;
    private final HistoryService history;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Fmt fmt;
    private final Clock clock;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) SecondmentFilter.View view,
            @RequestParam(required = false) SecondmentKind kind, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        SecondmentFilter filter = new SecondmentFilter(view, kind, year);
        model.addAttribute("filter", filter);
        model.addAttribute("views", SecondmentFilter.View.values());
        model.addAttribute("kinds", SecondmentKind.values());
        model.addAttribute("today", today());
        model.addAttribute("page", secondments.inScope(scope, filter, PageRequest.of(Math.max(page, 0), 30)));
        return "secondment/list";
    }

    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) SecondmentFilter.View view,
            @RequestParam(required = false) SecondmentKind kind, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        SecondmentFilter filter = new SecondmentFilter(view, kind, year);
        XlsxExport.Table<Secondment> table = xlsx.<Secondment>table()
                .text("field.member", 10, s -> s.getMember().getName())
                .text("field.organization", 24, s -> s.getMember().getOrganization().getName())
                .text("field.secondmentKind", 12, s -> fmt.label(s.getKind()))
                .text("field.secondmentDirection", 24, s -> fmt.label(s.getDirection()))
                .text("field.secondmentFrom", 24, Secondment::getFromUnit)
                .text("field.secondmentTo", 24, Secondment::getToUnit)
                .text("field.secondmentPost", 16, Secondment::getPost)
                .date("field.secondmentStart", Secondment::getStartDate)
                .date("field.secondmentEnd", Secondment::getEndDate)
                .text("field.secondmentDocumentNumber", 20, Secondment::getDocumentNumber);
        xlsx.send(response, "secondment.list", table, pageable -> secondments.inScope(scope, filter, pageable));
    }

    @GetMapping("/new")
    String newSecondment(DataScope scope, @RequestParam(name = "member", required = false) Long memberId,
            Model model) {
        SecondmentForm form = new SecondmentForm();
        form.setStartDate(today());
        if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") SecondmentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getMemberId() == null) {
            result.rejectValue("memberId", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                long id = secondments.record(scope, form.getToken(), form.getMemberId(), form.getFromOrganizationId(),
                        form.getToOrganizationId(), form.details());
                redirect.addFlashAttribute("flash", "secondment.recorded");
                return "redirect:/secondments/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        Secondment s = secondments.get(scope, id);
        model.addAttribute("secondment", s);
        model.addAttribute("current", s.isCurrentOn(today()));
        return "secondment/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Secondment s = secondments.get(scope, id);
        return form(scope, SecondmentForm.of(s), s, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") SecondmentForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Secondment s = secondments.get(scope, id);
        form.setMemberId(s.getMember().getId());
        if (!result.hasErrors()) {
            try {
                secondments.change(scope, id, form.getVersion(), form.getFromOrganizationId(),
                        form.getToOrganizationId(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/secondments/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, s, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("secondment", secondments.get(scope, id));
        model.addAttribute("changes", history.of(Secondment.class, id, s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("secondmentKind", s.getKind());
            m.put("secondmentDirection", s.getDirection());
            m.put("secondmentFrom", s.getFromUnit());
            m.put("secondmentTo", s.getToUnit());
            m.put("secondmentPost", s.getPost());
            m.put("secondmentStart", s.getStartDate());
            m.put("secondmentEnd", s.getEndDate());
            m.put("secondmentDocumentNumber", s.getDocumentNumber());
            m.put("notes", s.getNotes());
            return m;
        }));
        return "secondment/history";
    }

    private String form(DataScope scope, SecondmentForm form, Secondment secondment, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("secondment", secondment);
        model.addAttribute("kinds", SecondmentKind.values());
        model.addAttribute("directions", SecondmentDirection.values());
        model.addAttribute("organizations", organizations.subtree(scope));
        if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "secondment/form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
