package cn.jinan.care.web.sanction;

import cn.jinan.care.domain.sanction.ImpactPeriod;
import cn.jinan.care.domain.sanction.Sanction;
import cn.jinan.care.domain.sanction.SanctionType;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.sanction.SanctionFilter;
import cn.jinan.care.persistence.sanction.SanctionService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Fmt;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * The sanction register (第18、20条): disciplinary sanctions and organizational handling with their impact periods
 * (R20-IMPACT-PERIOD). Sensitive: the list shows no grounds; the detail, its history and the export are logged reads.
 */
@Controller
@RequestMapping("/sanctions")
@RequiredArgsConstructor
class SanctionController {

    private final SanctionService sanctions;
    private final MemberService members;
    private final HistoryService history;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Fmt fmt;
    private final Clock clock;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean inImpact,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        SanctionFilter filter = new SanctionFilter(year, inImpact);
        model.addAttribute("filter", filter);
        model.addAttribute("page", sanctions.inScope(scope, filter, PageRequest.of(Math.max(page, 0), 30)));
        model.addAttribute("today", today());
        return "sanction/list";
    }

    /** The list as filtered, with the grounds, as Excel; every exported record's read is logged. */
    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean inImpact,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        SanctionFilter filter = new SanctionFilter(year, inImpact);
        XlsxExport.Table<Sanction> table = xlsx.<Sanction>table()
                .text("field.organization", 24, s -> s.getMember().getOrganization().getName())
                .text("field.member", 10, s -> s.getMember().getName())
                .text("field.sanctionType", 14, s -> fmt.label(s.getType()))
                .date("field.sanctionDecidedOn", Sanction::getDecidedOn)
                .text("field.sanctionDecidingBody", 20, Sanction::getDecidingBody)
                .text("field.sanctionDocumentNumber", 20, Sanction::getDocumentNumber)
                .integer("field.sanctionProbationMonths", Sanction::getProbationMonths)
                .date("field.sanctionImpactUntil", Sanction::getImpactUntil)
                .text("field.sanctionGrounds", 40, Sanction::getGrounds);
        xlsx.send(response, "sanction.list", table, pageable -> sanctions.exportPage(scope, filter, pageable));
    }

    @GetMapping("/new")
    String newSanction(DataScope scope, @RequestParam(name = "member", required = false) Long memberId, Model model) {
        SanctionForm form = new SanctionForm();
        form.setDecidedOn(today());
        if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") SanctionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getMemberId() == null) {
            result.rejectValue("memberId", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                long id = sanctions.record(scope, form.getToken(), form.getMemberId(), form.details());
                redirect.addFlashAttribute("flash", "sanction.recorded");
                return "redirect:/sanctions/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    /** The record with its grounds: the read is logged. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        Sanction sanction = sanctions.read(scope, id);
        model.addAttribute("sanction", sanction);
        model.addAttribute("inImpact", sanction.inImpactOn(today()));
        model.addAttribute("endsAfter", sanction.impactPeriod().map(ImpactPeriod::endsAfter).orElse(null));
        return "sanction/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Sanction sanction = sanctions.read(scope, id);
        return form(scope, SanctionForm.of(sanction), sanction, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") SanctionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Sanction sanction = sanctions.get(scope, id);
        form.setMemberId(sanction.getMember().getId());
        if (!result.hasErrors()) {
            try {
                sanctions.change(scope, id, form.getVersion(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/sanctions/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, sanction, model);
    }

    /** The history shows the grounds before and after: a logged read too. */
    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("sanction", sanctions.read(scope, id));
        model.addAttribute("changes", history.ofSanction(id));
        return "sanction/history";
    }

    private String form(DataScope scope, SanctionForm form, Sanction sanction, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sanction", sanction);
        model.addAttribute("types", sanction != null && sanction.getType().endsMembership()
                ? List.of(SanctionType.EXPULSION)
                : List.of(SanctionType.values()).stream()
                        .filter(t -> sanction == null || !t.endsMembership()).toList());
        model.addAttribute("probationChoices", ImpactPeriod.PROBATION_MONTHS.stream().sorted().toList());
        if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "sanction/form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
