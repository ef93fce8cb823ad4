package cn.jinan.care.web.oldmember;

import cn.jinan.care.domain.oldmember.EligibilityReason;
import cn.jinan.care.domain.oldmember.SubsidyStandard;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.oldmember.EligibleFilter;
import cn.jinan.care.persistence.oldmember.OldMemberService;
import cn.jinan.care.persistence.oldmember.SubsidyService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.web.security.CareUser;
import cn.jinan.care.web.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** Old members (第26条): who has the living subsidy and why, the months not paid, the standard of each year. */
@Controller
@RequestMapping("/old-members")
@RequiredArgsConstructor
class OldMemberController {

    private final OldMemberService oldMembers;
    private final SubsidyService subsidies;
    private final OrganizationService organizations;
    private final HistoryService history;
    private final Clock clock;
    private final cn.jinan.care.web.shared.XlsxExport xlsx;
    private final cn.jinan.care.web.shared.Fmt fmt;

    /** The eligible members of a year in the scope, each with the rule that makes them so. */
    @GetMapping
    String list(DataScope scope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(required = false) EligibilityReason reason, @RequestParam(defaultValue = "0") int page,
            Model model) {
        int y = year(year);
        EligibleFilter filter = new EligibleFilter(y, organizationId, reason);
        model.addAttribute("filter", filter);
        model.addAttribute("reasons", EligibilityReason.values());
        model.addAttribute("organizations", organizations.subtree(scope));
        model.addAttribute("standard", subsidies.standardOf(y).orElse(null));
        model.addAttribute("page", oldMembers.eligible(scope, filter, PageRequest.of(Math.max(page, 0), 30)));
        return "oldmember/list";
    }

    /** The eligible list as filtered, as Excel: the rule and its explanation, and the months of the year. */
    @GetMapping("/export")
    void export(DataScope scope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(required = false) EligibilityReason reason, HttpServletResponse response) {
        EligibleFilter filter = new EligibleFilter(year(year), organizationId, reason);
        var table = xlsx.<cn.jinan.care.persistence.oldmember.EligibleMember>table()
                .text("field.organization", 24, e -> e.member().getOrganization().getName())
                .text("field.member", 10, e -> e.member().getName())
                .text("field.eligibilityReason", 26, e -> fmt.label(e.eligibility().reason()))
                .date("field.admittedDate", e -> e.eligibility().admittedDate())
                .text("oldmember.eligible-months", 10, e -> e.eligibility().firstMonth() + "—"
                        + e.eligibility().lastMonth());
        xlsx.send(response, "oldmember.list", table, pageable -> oldMembers.eligible(scope, filter, pageable));
    }

    /** The unpaid months as filtered, as Excel: who, which months, and what is owed at the year's standard. */
    @GetMapping("/unpaid/export")
    void exportUnpaid(DataScope scope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long organizationId, HttpServletResponse response) {
        int y = year(year);
        var table = xlsx.<cn.jinan.care.persistence.oldmember.UnpaidMember>table()
                .text("field.organization", 24, u -> u.organizationName())
                .text("field.member", 10, u -> u.name())
                .text("oldmember.unpaid.months", 24, u -> u.months().stream().map(m -> y + "-"
                        + (m < 10 ? "0" + m : m.toString())).collect(java.util.stream.Collectors.joining(", ")))
                .integer("oldmember.unpaid.month-count", u -> u.months().size())
                .money("oldmember.unpaid.owed", u -> u.owed());
        xlsx.send(response, "oldmember.unpaid", table, pageable -> oldMembers.unpaid(scope, y, organizationId,
                pageable));
    }

    /** Each eligible member's months of a year, up to this month, that no payment covers. */
    @GetMapping("/unpaid")
    String unpaid(DataScope scope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("org", organizationId);
        model.addAttribute("organizations", organizations.subtree(scope));
        model.addAttribute("standard", subsidies.standardOf(y).orElse(null));
        model.addAttribute("page", oldMembers.unpaid(scope, y, organizationId,
                PageRequest.of(Math.max(page, 0), 30)));
        return "oldmember/unpaid";
    }

    /** The standard of each year, decided or projected by the yearly raise. */
    @GetMapping("/standards")
    String standards(@AuthenticationPrincipal CareUser user, DataScope scope, Model model) {
        int thisYear = today().getYear();
        model.addAttribute("standards", subsidies.standards(2019, thisYear + 1));
        model.addAttribute("mayDecide", mayDecide(user, scope));
        return "oldmember/standards";
    }

    @GetMapping("/standards/new")
    String newStandard(@AuthenticationPrincipal CareUser user, DataScope scope,
            @RequestParam(required = false) Integer year, Model model) {
        requireMayDecide(user, scope);
        StandardForm form = new StandardForm();
        int y = year == null ? today().getYear() + 1 : year;
        form.setYear(y);
        subsidies.standardOf(y).ifPresent(s -> {
            form.setMonthlyAmount(s.monthlyAmount());
            form.setFundingSource(s.fundingSource());
        });
        return standardForm(form, null, model);
    }

    @GetMapping("/standards/{year}/edit")
    String editStandard(@AuthenticationPrincipal CareUser user, DataScope scope, @PathVariable int year,
            Model model) {
        requireMayDecide(user, scope);
        SubsidyStandard s = subsidies.decided(year).orElseThrow(() -> new NotFoundException("standard", year));
        StandardForm form = new StandardForm();
        form.setYear(year);
        form.setMonthlyAmount(s.getMonthlyAmount());
        form.setFundingSource(s.getFundingSource());
        form.setNote(s.getNote());
        form.setVersion(s.getVersion());
        return standardForm(form, s, model);
    }

    @PostMapping("/standards")
    String decide(@AuthenticationPrincipal CareUser user, DataScope scope,
            @Valid @ModelAttribute("form") StandardForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        requireMayDecide(user, scope);
        if (!result.hasErrors()) {
            try {
                subsidies.decide(form.getYear(), form.getVersion(), form.getMonthlyAmount(), form.getFundingSource(),
                        form.getNote());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/old-members/standards";
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return standardForm(form, form.getVersion() == null ? null : subsidies.decided(form.getYear()).orElse(null),
                model);
    }

    @GetMapping("/standards/{year}/history")
    String standardHistory(@PathVariable int year, Model model) {
        SubsidyStandard s = subsidies.decided(year).orElseThrow(() -> new NotFoundException("standard", year));
        model.addAttribute("standard", s);
        model.addAttribute("changes", history.ofSubsidyStandard(s.getId()));
        return "oldmember/standard-history";
    }

    private String standardForm(StandardForm form, SubsidyStandard existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("fundingSources", FundingSource.values());
        return "oldmember/standard-form";
    }

    /**
     * The standard is the city's decision: administrators and the organization department of the whole tree (the
     * root's) keep it; everyone else reads it.
     */
    private static boolean mayDecide(CareUser user, DataScope scope) {
        return user != null && (user.role() == Role.ADMIN
                || user.role() == Role.ORG_DEPT && scope.path().chars().filter(c -> c == '/').count() == 2);
    }

    private static void requireMayDecide(CareUser user, DataScope scope) {
        if (!mayDecide(user, scope)) {
            throw new AccessDeniedException("only the city keeps the subsidy standard");
        }
    }

    private int year(Integer year) {
        return year == null || year < 2000 || year > 2100 ? today().getYear() : year;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
