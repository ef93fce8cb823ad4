package cn.jinan.care.web.dashboard;

import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.compliance.Drill;
import cn.jinan.care.persistence.compliance.OrgFigures;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.web.security.CareUser;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual compliance dashboard of an organization's subtree (the secretary's branch, the officer's district or
 * city), the members behind each figure, the open obligations, and the printable scorecard for the grassroots
 * party-building review (述职评议考核, the measures' final article).
 */
@Controller
@RequestMapping("/dashboard")
@RequiredArgsConstructor
class DashboardController {

    static final int PAGE_SIZE = 30;
    /** Overdue items printed on a scorecard; the rest are counted ("and N more"). */
    static final int SCORECARD_ITEMS = 200;
    private static final List<Drill> QUOTA_DRILLS = List.of(Drill.REQUIRED, Drill.DONE, Drill.BEHIND, Drill.EXEMPT);
    private static final List<Drill> OBLIGATION_DRILLS = List.of(Drill.REQUIRED, Drill.DONE, Drill.BEHIND, Drill.OPEN,
            Drill.WAIVED);

    private final Dashboards dashboards;
    private final ComplianceService compliance;
    private final ObligationService obligations;
    private final OrganizationService organizations;

    @GetMapping
    String dashboard(@AuthenticationPrincipal CareUser user, DataScope userScope,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            Model model) {
        Selection s = dashboards.select(user, userScope, year, org, model);
        figures(s, model);
        model.addAttribute("children", dashboards.children(s));
        model.addAttribute("mainRules", Dashboards.MAIN_RULES.stream().filter(s.rules()::contains).toList());
        model.addAttribute("built", dashboards.built(s));
        return "dashboard/dashboard";
    }

    /** The members of the subtree behind one rule's figure (required, done, behind, …), paged. */
    @GetMapping("/members")
    String members(@AuthenticationPrincipal CareUser user, DataScope userScope,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            @RequestParam String rule, @RequestParam(defaultValue = "BEHIND") Drill drill,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Selection s = dashboards.select(user, userScope, year, org);
        RuleCode code = Dashboards.rule(s, rule);
        common(s, model);
        model.addAttribute("rule", code);
        boolean quota = Selection.isMemberQuota(code);
        model.addAttribute("drill", drill);
        model.addAttribute("drillKey", Dashboards.drillKey(code, drill));
        model.addAttribute("drills", quota ? QUOTA_DRILLS : OBLIGATION_DRILLS);
        model.addAttribute("quota", quota);
        model.addAttribute("figure", dashboards.figures(s).rule(code));
        model.addAttribute("page", compliance.members(userScope, s.organizationId(), s.year(), code, drill,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "dashboard/members";
    }

    /** The open obligations of the subtree falling due in the year, of one rule or all, optionally overdue only. */
    @GetMapping("/obligations")
    String openObligations(@AuthenticationPrincipal CareUser user, DataScope userScope,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            @RequestParam(required = false) String rule, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Selection s = dashboards.select(user, userScope, year, org);
        List<RuleCode> rules = s.obligationRules();
        RuleCode code = null;
        if (rule != null && !rule.isBlank()) {
            code = Dashboards.rule(s, rule);
            if (!rules.contains(code)) {
                throw new NotFoundException("obligation rule", rule);
            }
            rules = List.of(code);
        }
        common(s, model);
        model.addAttribute("rule", code);
        model.addAttribute("overdue", overdue);
        model.addAttribute("page", obligations.openInYear(s.scope(), s.year(), rules, overdue,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "dashboard/obligations";
    }

    /** The printable annual scorecard: each rule's figure, the place among siblings, the overdue items still open. */
    @GetMapping("/scorecard")
    String scorecard(@AuthenticationPrincipal CareUser user, DataScope userScope,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            Model model) {
        Selection s = dashboards.select(user, userScope, year, org, model);
        figures(s, model);
        model.addAttribute("rank", compliance.rank(userScope, s.organizationId(), s.year()));
        Page<Obligation> overdue = obligations.openInYear(s.scope(), s.year(), s.obligationRules(), true,
                PageRequest.of(0, SCORECARD_ITEMS));
        model.addAttribute("overdue", overdue);
        model.addAttribute("more", overdue.getTotalElements() - overdue.getNumberOfElements());
        return "dashboard/scorecard";
    }

    /** What the dashboard and the scorecard both show: the year picker, the overall figures and each rule's. */
    private void figures(Selection s, Model model) {
        OrgFigures figures = dashboards.figures(s);
        common(s, model);
        model.addAttribute("years", dashboards.years(s));
        model.addAttribute("overall", figures);
        model.addAttribute("figures", s.perRule(figures));
    }

    private void common(Selection s, Model model) {
        model.addAttribute("organization", s.organization());
        model.addAttribute("year", s.year());
        model.addAttribute("today", s.today());
        model.addAttribute("lineage", organizations.lineage(s.userScope(), s.organization()));
    }
}
