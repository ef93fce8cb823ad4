package cn.jinan.care.web.exemption;

import cn.jinan.care.domain.exemption.ExemptionReason;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.exemption.ExemptionService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/members/{memberId}/exemptions")
@RequiredArgsConstructor
class ExemptionController {

    static final List<RuleCode> QUOTAS = List.of(RuleCode.R03_TRAINING_HOURS, RuleCode.R04_LECTURES,
            RuleCode.R08_SUPERIOR_TALKS);

    private final ExemptionService exemptions;
    private final MemberService members;
    private final Clock clock;

    @GetMapping("/new")
    String form(@PathVariable long memberId, DataScope scope, Model model) {
        ExemptionForm form = new ExemptionForm();
        form.setYear(LocalDate.now(clock).getYear());
        form.setRule(RuleCode.R03_TRAINING_HOURS);
        return render(members.get(scope, memberId), form, model);
    }

    @PostMapping
    String grant(@PathVariable long memberId, DataScope scope, @Valid @ModelAttribute("form") ExemptionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Member member = members.get(scope, memberId);
        if (!result.hasErrors()) {
            try {
                exemptions.grant(scope, memberId, form.getYear(), form.getRule(), form.getReason(),
                        form.getReasonText(), form.getApprovedBy());
                redirect.addFlashAttribute("flash", "exemption.granted");
                return "redirect:/members/" + memberId;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return render(member, form, model);
    }

    private String render(Member member, ExemptionForm form, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("rules", QUOTAS);
        model.addAttribute("reasons", ExemptionReason.values());
        return "exemption/form";
    }
}
