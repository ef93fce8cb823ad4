package cn.jinan.care.web.home;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.quota.QuotaService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.security.CareUser;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page. For a secretary (and an organization-department officer) it is the to-do list (待办): open
 * obligations, the most urgent first, members short of their quotas this year, and this month's political birthdays.
 */
@Controller
@RequiredArgsConstructor
class HomeController {

    static final int TODO_PAGE_SIZE = 20;
    static final int SHORTFALL_LIMIT = 50;
    static final int BIRTHDAY_LIMIT = 100;

    private final OrganizationService organizations;
    private final ObligationService obligations;
    private final QuotaService quotas;
    private final Clock clock;

    @GetMapping("/login")
    String login() {
        return "home/login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CareUser user, DataScope scope,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (user.role() == Role.AUDITOR) {
            return "redirect:/audit";
        }
        Organization org = organizations.get(scope, scope.organizationId());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("organization", org);
        model.addAttribute("today", today);
        model.addAttribute("activeMembers", organizations.activeMembers(org));
        model.addAttribute("children", organizations.children(scope, org.getId()));
        if (user.role().worksWithMembers()) {
            model.addAttribute("todo", obligations.openInScope(scope,
                    PageRequest.of(Math.max(page, 0), TODO_PAGE_SIZE)));
            model.addAttribute("overdue", obligations.countOverdue(scope));
            model.addAttribute("shortfalls", quotas.shortfalls(scope, today.getYear(), SHORTFALL_LIMIT));
            model.addAttribute("shortfallCount", quotas.countShortfalls(scope, today.getYear()));
            // 第4季度: the year is closing, the shortfalls are urgent
            model.addAttribute("yearEnd", today.getMonthValue() >= 10);
            // a branch's activity (advisory): the secretary's list; a district's or the city's would be thousands
            if (user.role() == Role.SECRETARY) {
                model.addAttribute("birthdays", quotas.politicalBirthdays(scope, today, BIRTHDAY_LIMIT));
            }
        }
        return "home/home";
    }
}
