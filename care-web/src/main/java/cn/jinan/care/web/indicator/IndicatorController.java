package cn.jinan.care.web.indicator;

import cn.jinan.care.domain.indicator.Indicator;
import cn.jinan.care.domain.indicator.IndicatorEntry;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.indicator.IndicatorRow;
import cn.jinan.care.persistence.indicator.IndicatorService;
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
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Organization indicators (第14、15、16、25条): a year's list per indicator of the organizations of its level in scope,
 * entered or not, met or not against the parameter in force; the organization department enters them with evidence.
 */
@Controller
@RequestMapping("/indicators")
@RequiredArgsConstructor
class IndicatorController {

    private final IndicatorService indicators;
    private final OrganizationService organizations;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Fmt fmt;
    private final MessageSource messages;
    private final Parameters parameters;
    private final Clock clock;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) Indicator indicator,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            @RequestParam(defaultValue = "0") int page, Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        Indicator shown = indicator == null ? Indicator.R15 : indicator;
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        model.addAttribute("indicator", shown);
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("year", y);
        model.addAttribute("threshold", shown.threshold(y, parameters));
        model.addAttribute("page", indicators.year(scope, shown, y, PageRequest.of(Math.max(page, 0), 30)));
        return "indicator/list";
    }

    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) Indicator indicator,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        Indicator shown = indicator == null ? Indicator.R15 : indicator;
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        XlsxExport.Table<IndicatorRow> table = xlsx.<IndicatorRow>table()
                .integer("field.year", r -> y)
                .text("field.indicator", 20, r -> shown.rule().code())
                .text("field.organization", 24, r -> r.organization().getName())
                .decimal("field.indicatorValue", r -> r.entry() == null ? null : r.entry().displayValue())
                .decimal("field.indicatorThreshold", r -> r.status().threshold())
                .text("field.indicatorState", 10, r -> message("indicator.state." + r.status().state()))
                .text("field.indicatorEvidence", 40, r -> r.entry() == null ? null : r.entry().getEvidence());
        xlsx.send(response, "indicator.list", table, pageable -> indicators.year(scope, shown, y, pageable));
    }

    @GetMapping("/new")
    String newEntry(DataScope scope, @RequestParam Indicator indicator, @RequestParam(name = "org") long org,
            @RequestParam(required = false) Integer year, Model model) {
        IndicatorForm form = new IndicatorForm();
        form.setIndicator(indicator);
        form.setOrganizationId(organizations.get(scope, org).getId());
        form.setYear(year == null ? LocalDate.now(clock).getYear() - 1 : year);
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getOrganizationId() == null) {
            return "redirect:/indicators";
        }
        organizations.get(scope, form.getOrganizationId());
        if (!result.hasErrors()) {
            try {
                long id = indicators.enter(scope, form.getToken(), form.getOrganizationId(), form.getIndicator(),
                        form.getYear(), form.getValue(), form.smalls(), form.getEvidence());
                redirect.addFlashAttribute("flash", "indicator.recorded");
                return "redirect:/indicators/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        IndicatorEntry entry = indicators.get(scope, id);
        model.addAttribute("entry", entry);
        model.addAttribute("status", indicators.status(entry));
        return "indicator/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        IndicatorEntry entry = indicators.get(scope, id);
        return form(scope, IndicatorForm.of(entry), entry, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        IndicatorEntry entry = indicators.get(scope, id);
        form.setIndicator(entry.getIndicator());
        form.setOrganizationId(entry.getOrganization().getId());
        form.setYear(entry.getYear());
        if (!result.hasErrors()) {
            try {
                indicators.change(scope, id, form.getVersion(), form.getValue(), form.smalls(), form.getEvidence());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/indicators/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, entry, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("entry", indicators.get(scope, id));
        model.addAttribute("changes", indicators.history(scope, id));
        return "indicator/history";
    }

    private String form(DataScope scope, IndicatorForm form, IndicatorEntry entry, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("entry", entry);
        model.addAttribute("organization", entry != null ? entry.getOrganization()
                : organizations.get(scope, form.getOrganizationId()));
        return "indicator/form";
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
