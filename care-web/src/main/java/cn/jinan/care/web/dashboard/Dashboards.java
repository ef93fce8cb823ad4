package cn.jinan.care.web.dashboard;

import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.policy.RuleKind;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.compliance.Drill;
import cn.jinan.care.persistence.compliance.OrgFigures;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.web.security.CareUser;
import cn.jinan.care.web.shared.OrgFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Turns a dashboard request's parameters into a {@link Selection} and reads its figures. The chosen organization is
 * fetched within the user's scope (never widening it: outside is a 404), and the summaries are aged to today first.
 */
@Component
@RequiredArgsConstructor
class Dashboards {

    /** The rules whose rates the ranking of child organizations shows column by column. */
    static final List<RuleCode> MAIN_RULES = List.of(RuleCode.R03_TRAINING_HOURS, RuleCode.R04_LECTURES,
            RuleCode.R08_SUPERIOR_TALKS, RuleCode.R08_TALK_ON_EVENT, RuleCode.R26_OLD_MEMBER_VISIT,
            RuleCode.R27_HOLIDAY_VISIT, RuleCode.R27_EMERGENCY_VISIT);

    /** Years outside this range are not asked for by any picker or link. */
    private static final int FIRST_YEAR = 2000;

    private final ComplianceService compliance;
    private final OrganizationService organizations;
    private final OrgFilter orgFilter;
    private final Clock clock;

    /** The selection, with the organization picker's choices put in the model. */
    Selection select(CareUser user, DataScope userScope, Integer year, Long org, Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        return selection(user, userScope, scope, year);
    }

    /** The selection, for exports and pages without a picker. */
    Selection select(CareUser user, DataScope userScope, Integer year, Long org) {
        return selection(user, userScope, orgFilter.narrow(userScope, org), year);
    }

    private Selection selection(CareUser user, DataScope userScope, DataScope scope, Integer year) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        if (y < FIRST_YEAR || y > today.getYear() + 1) {
            throw new NotFoundException("dashboard year", y);
        }
        compliance.ensureCurrent(today);
        return new Selection(userScope, organizations.get(userScope, scope.organizationId()), y, rulesFor(user.role()),
                today);
    }

    /**
     * The quota and event-obligation rules in the catalogue's order; a secretary does not see the discipline rules
     * ({@link ObligationService#RESTRICTED}: an accountability case's effect evaluation).
     */
    static List<RuleCode> rulesFor(Role role) {
        return Arrays.stream(RuleCode.values())
                .filter(r -> r.kind() == RuleKind.QUOTA || r.kind() == RuleKind.EVENT_OBLIGATION)
                .filter(r -> role != Role.SECRETARY || !ObligationService.RESTRICTED.contains(r))
                .toList();
    }

    /** A rule of the dashboard by its code ({@code R03-TRAINING-HOURS}); unknown or not shown to the user: 404. */
    static RuleCode rule(Selection selection, String code) {
        return RuleCode.fromCode(code).filter(selection.rules()::contains)
                .orElseThrow(() -> new NotFoundException("dashboard rule", code));
    }

    /** The message key naming the members a drill lists: a quota's are members, an obligation's have items. */
    static String drillKey(RuleCode rule, Drill drill) {
        return "dashboard.drill." + (Selection.isMemberQuota(rule) ? "quota." : "obligation.") + drill.name();
    }

    /** The organization's figures for the rules shown. */
    OrgFigures figures(Selection s) {
        return s.visible(compliance.figures(s.userScope(), s.organizationId(), s.year()));
    }

    /**
     * The child organizations with their figures for the rules shown, best overall rate first (ties keep the tree's
     * order), each with its place: equal rates share a place.
     */
    List<Ranked> children(Selection s) {
        List<OrgFigures> children = new ArrayList<>(compliance.children(s.userScope(), s.organizationId(), s.year())
                .stream().map(s::visible).toList());
        children.sort(Comparator.comparing(OrgFigures::rate).reversed());
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            OrgFigures child = children.get(i);
            int place = i > 0 && child.rate().compareTo(children.get(i - 1).rate()) == 0
                    ? ranked.get(i - 1).place() : i + 1;
            ranked.add(new Ranked(place, child));
        }
        return ranked;
    }

    /** The summarized years for the picker, with the one shown even when it is not summarized. */
    List<Integer> years(Selection s) {
        List<Integer> years = new ArrayList<>(compliance.builtYears());
        if (!years.contains(s.year())) {
            years.add(s.year());
            years.sort(Comparator.reverseOrder());
        }
        return years;
    }

    boolean built(Selection s) {
        return compliance.built(s.year());
    }

    /** A child organization's place in the ranking and its figures. */
    record Ranked(int place, OrgFigures figures) {
    }
}
