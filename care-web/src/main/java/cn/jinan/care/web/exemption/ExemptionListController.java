package cn.jinan.care.web.exemption;

import cn.jinan.care.domain.exemption.Exemption;
import cn.jinan.care.domain.exemption.ExemptionReason;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.exemption.ExemptionService;
import cn.jinan.care.persistence.scope.DataScope;
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

/** The exemptions of a year in the scope: shown, not hidden; corrected with the history kept. */
@Controller
@RequestMapping("/exemptions")
@RequiredArgsConstructor
class ExemptionListController {

    private final ExemptionService exemptions;
    private final HistoryService history;
    private final Clock clock;

    @GetMapping
    String list(DataScope scope, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("page", exemptions.inScope(scope, y, PageRequest.of(Math.max(page, 0), 30)));
        return "exemption/list";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Exemption exemption = exemptions.get(scope, id);
        return form(exemption, ExemptionForm.of(exemption), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") ExemptionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Exemption exemption = exemptions.get(scope, id);
        if (!result.hasErrors()) {
            try {
                exemptions.correct(scope, id, form.getVersion(), form.getReason(), form.getReasonText(),
                        form.getApprovedBy());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/members/" + exemption.getMember().getId();
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(exemption, form, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("exemption", exemptions.get(scope, id));
        model.addAttribute("changes", history.ofExemption(id));
        return "exemption/history";
    }

    private String form(Exemption exemption, ExemptionForm form, Model model) {
        model.addAttribute("exemption", exemption);
        model.addAttribute("form", form);
        model.addAttribute("reasons", ExemptionReason.values());
        return "exemption/edit";
    }
}
