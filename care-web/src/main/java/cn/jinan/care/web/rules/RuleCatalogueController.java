package cn.jinan.care.web.rules;

import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.QuotaRule;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.policy.RuleParameter;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.quota.QuotaService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Forms;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
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
 * The rule catalogue: every rule of the policy with its article, wording and kind, and each parameter's value in force
 * with its history. Administrators change a parameter by adding a value from a date on (never by overwriting), after
 * previewing how many members' standing it would change.
 */
@Controller
@RequestMapping("/rules")
@RequiredArgsConstructor
class RuleCatalogueController {

    private final ParameterService parameters;
    private final QuotaService quotas;
    private final Clock clock;

    /** One line of the catalogue. */
    record Entry(RuleCode rule, List<Parameter> parameters) {
    }

    /** A parameter with the value in force today and every value it has had or will have, oldest first. */
    record Parameter(ParameterKey key, BigDecimal inForce, List<RuleParameter> history) {
    }

    @GetMapping
    String catalogue(Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Entry> entries = Arrays.stream(RuleCode.values()).map(rule -> new Entry(rule,
                Arrays.stream(ParameterKey.values()).filter(k -> k.rule() == rule)
                        .map(k -> parameter(k, today)).toList())).toList();
        model.addAttribute("entries", entries);
        model.addAttribute("today", today);
        return "rules/catalogue";
    }

    private Parameter parameter(ParameterKey key, LocalDate today) {
        return new Parameter(key, parameters.valueOn(key, today), parameters.history().getOrDefault(key, List.of()));
    }

    @GetMapping("/parameters/{key}/new")
    String newValue(@PathVariable ParameterKey key, Model model) {
        ParameterForm form = new ParameterForm();
        form.setEffectiveFrom(LocalDate.now(clock).plusYears(1).withDayOfYear(1));
        form.setValue(parameters.valueOn(key, LocalDate.now(clock)));
        model.addAttribute("form", form);
        return form(key, model);
    }

    /** Shows what the value would change, without saving it. */
    @PostMapping(path = "/parameters/{key}", params = "preview")
    String preview(@PathVariable ParameterKey key, DataScope scope, @Valid @ModelAttribute("form") ParameterForm form,
            BindingResult result, Model model) {
        if (!result.hasErrors()) {
            QuotaRule.ofParameter(key).ifPresent(rule -> model.addAttribute("preview",
                    quotas.preview(scope, rule, form.getEffectiveFrom().getYear(), form.getValue())));
            model.addAttribute("previewed", true);
        }
        return form(key, model);
    }

    @PostMapping("/parameters/{key}")
    String add(@PathVariable ParameterKey key, @Valid @ModelAttribute("form") ParameterForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(key, model);
        }
        try {
            parameters.add(key, form.getValue(), form.getEffectiveFrom(), form.getNote().strip(),
                    LocalDate.now(clock));
        } catch (DomainException e) {
            Forms.reject(result, e);
            return form(key, model);
        }
        redirect.addFlashAttribute("flash", "parameter.added");
        return "redirect:/rules#" + key.rule().code();
    }

    private String form(ParameterKey key, Model model) {
        model.addAttribute("key", key);
        model.addAttribute("parameter", parameter(key, LocalDate.now(clock)));
        model.addAttribute("quota", QuotaRule.ofParameter(key).isPresent());
        return "rules/parameter-form";
    }
}
