package cn.jinan.care.web.obligation;

import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Waiving an obligation that cannot or need not be fulfilled, with the reason kept. */
@Controller
@RequestMapping("/obligations")
@RequiredArgsConstructor
class ObligationController {

    private final ObligationService obligations;

    @GetMapping("/{id}/waive")
    String waiveForm(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("obligation", obligations.get(scope, id));
        return "obligation/waive";
    }

    @PostMapping("/{id}/waive")
    String waive(@PathVariable long id, DataScope scope, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect) {
        try {
            var obligation = obligations.waive(scope, id, reason.length() > 500 ? reason.substring(0, 501) : reason);
            redirect.addFlashAttribute("flash", "obligation.waived");
            return "redirect:/members/" + obligation.getMember().getId();
        } catch (DomainException e) {
            model.addAttribute("obligation", obligations.get(scope, id));
            model.addAttribute("reason", reason);
            model.addAttribute("error", e.getMessageKey());
            return "obligation/waive";
        }
    }
}
