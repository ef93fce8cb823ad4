package cn.jinan.care.web.oldmember;

import cn.jinan.care.domain.oldmember.PeriodKind;
import cn.jinan.care.domain.oldmember.SubsidyPayment;
import cn.jinan.care.domain.oldmember.YearStandard;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.oldmember.BatchOutcome;
import cn.jinan.care.persistence.oldmember.SubsidyService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
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

/** Living-subsidy payments (第26条 按时足额发放): one member's month or quarter, or a whole branch's at once. */
@Controller
@RequestMapping("/old-members/payments")
@RequiredArgsConstructor
class PaymentController {

    private final SubsidyService subsidies;
    private final MemberService members;
    private final OrganizationService organizations;
    private final HistoryService history;
    private final Clock clock;

    @GetMapping
    String list(DataScope scope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int y = year == null || year < 2000 || year > 2100 ? today().getYear() : year;
        String pattern = organizationId == null ? null : organizations.get(scope, organizationId).getPath() + "%";
        model.addAttribute("year", y);
        model.addAttribute("org", organizationId);
        model.addAttribute("organizations", organizations.subtree(scope));
        model.addAttribute("page", subsidies.inScope(scope, pattern, y, PageRequest.of(Math.max(page, 0), 30)));
        return "oldmember/payments";
    }

    @GetMapping("/new")
    String newPayment(DataScope scope, @RequestParam(name = "member", required = false) Long memberId,
            @RequestParam(required = false) String month, Model model) {
        PaymentForm form = new PaymentForm();
        form.setPaidOn(today());
        form.setMonth(month != null && month.matches(PaymentForm.MONTH_PATTERN) ? month
                : YearMonth.from(today()).toString());
        subsidies.standardOf(today().getYear()).ifPresent(s -> form.setFundingSource(s.fundingSource()));
        if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") PaymentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getMemberId() == null) {
            result.rejectValue("memberId", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                Optional<BigDecimal> amount = amount(form, result);
                if (amount.isPresent()) {
                    subsidies.pay(scope, form.getToken(), form.getMemberId(), form.details(amount.get()));
                    redirect.addFlashAttribute("flash", "oldmember.payment.recorded");
                    return "redirect:/old-members/payments?year=" + form.period().year();
                }
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        SubsidyPayment payment = subsidies.get(scope, id);
        return form(scope, PaymentForm.of(payment), payment, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") PaymentForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SubsidyPayment payment = subsidies.get(scope, id);
        form.setMemberId(payment.getMember().getId());
        if (!result.hasErrors()) {
            try {
                Optional<BigDecimal> amount = amount(form, result);
                if (amount.isPresent()) {
                    subsidies.change(scope, id, form.getVersion(), form.details(amount.get()));
                    redirect.addFlashAttribute("flash", "common.saved");
                    return "redirect:/old-members/payments?year=" + form.period().year();
                }
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, payment, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("payment", subsidies.get(scope, id));
        model.addAttribute("changes", history.ofSubsidyPayment(id));
        return "oldmember/payment-history";
    }

    @GetMapping("/batch")
    String batchForm(DataScope scope, Model model) {
        BatchForm form = new BatchForm();
        YearMonth now = YearMonth.from(today());
        form.setMonth(YearMonth.of(now.getYear(), (now.getMonthValue() - 1) / 3 * 3 + 1).toString());
        form.setPaidOn(today());
        return batch(scope, form, model);
    }

    @PostMapping("/batch")
    String payAll(DataScope scope, @Valid @ModelAttribute("form") BatchForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                BatchOutcome outcome = subsidies.payAll(scope, form.getToken(), form.getOrganizationId(),
                        form.period(), form.getPaidOn(), form.getFundingSource(), form.getNote());
                redirect.addFlashAttribute("flash", "oldmember.batch.done");
                redirect.addFlashAttribute("batchPaid", outcome.paid());
                redirect.addFlashAttribute("batchSkipped", outcome.alreadyPaid());
                return "redirect:/old-members/payments?year=" + form.period().year() + "&org="
                        + form.getOrganizationId();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return batch(scope, form, model);
    }

    /** The amount typed, or the year's standard times the months; a field error when neither is there. */
    private Optional<BigDecimal> amount(PaymentForm form, BindingResult result) {
        if (form.getAmount() != null) {
            return Optional.of(form.getAmount());
        }
        Optional<YearStandard> standard = subsidies.standardOf(form.period().year());
        if (standard.isEmpty()) {
            result.rejectValue("amount", "oldmember.standard.missing", new Object[] {form.period().year()}, null);
            return Optional.empty();
        }
        return Optional.of(standard.get().amountFor(form.period()));
    }

    private String batch(DataScope scope, BatchForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("organizations", organizations.memberHolders(scope));
        model.addAttribute("periodKinds", PeriodKind.values());
        model.addAttribute("fundingSources", FundingSource.values());
        return "oldmember/batch";
    }

    private String form(DataScope scope, PaymentForm form, SubsidyPayment payment, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("payment", payment);
        model.addAttribute("periodKinds", PeriodKind.values());
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("standard", subsidies.standardOf(today().getYear()).orElse(null));
        if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "oldmember/payment-form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
