package cn.jinan.care.web.recuperation;

import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.recuperation.Recuperation;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.recuperation.RecuperationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import cn.jinan.care.web.shared.Forms;
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

/** The recuperation register (疗休养, 第21条): stays of a year within the scope, logged and corrected with history. */
@Controller
@RequestMapping("/recuperation")
@RequiredArgsConstructor
class RecuperationController {

    private final RecuperationService recuperations;
    private final MemberService members;
    private final HistoryService history;
    private final Parameters parameters;
    private final Clock clock;
    private final cn.jinan.care.web.shared.Fmt fmt;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("page", recuperations.inScope(scope, y, PageRequest.of(Math.max(page, 0), 30)));
        return "recuperation/list";
    }

    /** The year's stays as filtered, as Excel, with working days, cost and funding source. */
    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        XlsxExport.Table<Recuperation> table = xlsx.<Recuperation>table()
                .text("field.organization", 24, r -> r.getMember().getOrganization().getName())
                .text("field.member", 10, r -> r.getMember().getName())
                .text("recuperation.field.place", 20, Recuperation::getPlace)
                .date("recuperation.field.start", Recuperation::getStartDate)
                .date("recuperation.field.end", Recuperation::getEndDate)
                .integer("recuperation.field.working-days", Recuperation::getWorkingDays)
                .text("recuperation.field.escort", 12, Recuperation::getEscort)
                .money("recuperation.field.cost", Recuperation::getCost)
                .text("recuperation.field.funding", 16, r -> r.getFundingSource() == null ? null
                        : fmt.label(r.getFundingSource()));
        xlsx.send(response, "recuperation.list", table, pageable -> recuperations.inScope(scope, y, pageable));
    }

    @GetMapping("/new")
    String newRecuperation(DataScope scope, @RequestParam(name = "member", required = false) Long memberId,
            Model model) {
        RecuperationForm form = new RecuperationForm();
        if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") RecuperationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = recuperations.log(scope, form.getToken(), form.getMemberId(), form.details());
                redirect.addFlashAttribute("flash", "recuperation.logged");
                return "redirect:/recuperation/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("recuperation", recuperations.get(scope, id));
        return "recuperation/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Recuperation recuperation = recuperations.get(scope, id);
        return form(scope, RecuperationForm.of(recuperation), recuperation, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") RecuperationForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Recuperation recuperation = recuperations.get(scope, id);
        form.setMemberId(recuperation.getMember().getId());
        if (!result.hasErrors()) {
            try {
                recuperations.change(scope, id, form.getVersion(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/recuperation/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, recuperation, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("recuperation", recuperations.get(scope, id));
        model.addAttribute("changes", history.ofRecuperation(id));
        return "recuperation/history";
    }

    private String form(DataScope scope, RecuperationForm form, Recuperation recuperation, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("recuperation", recuperation);
        model.addAttribute("fundingSources", FundingSource.values());
        // 第21条: the limits in force on the stay's first day, or today's while it has none
        LocalDate day = form.getStartDate() == null ? LocalDate.now(clock) : form.getStartDate();
        model.addAttribute("minWorkingDays", parameters.intValueOn(ParameterKey.RECUPERATION_MIN_WORKING_DAYS, day));
        model.addAttribute("maxWorkingDays", parameters.intValueOn(ParameterKey.RECUPERATION_MAX_WORKING_DAYS, day));
        if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "recuperation/form";
    }
}
