package cn.jinan.care.web.dashboard;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.QuotaRule;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.compliance.OrgFigures;
import cn.jinan.care.persistence.compliance.RuleFigure;
import cn.jinan.care.persistence.scope.DataScope;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one dashboard request is about: the organization (inside the user's scope), the year, the rules the user may
 * see, and today (the day the figures were aged to).
 *
 * @param userScope    the signed-in user's whole scope (every read checks the organization against it)
 * @param organization the organization chosen, or the user's own
 * @param rules        the quota and obligation rules shown, in the catalogue's order
 */
record Selection(DataScope userScope, Organization organization, int year, List<RuleCode> rules, LocalDate today) {

    /** The chosen organization's subtree. */
    DataScope scope() {
        return DataScope.of(organization);
    }

    long organizationId() {
        return organization.getId();
    }

    /** The figures restricted to the rules shown, so totals and rates count only what the user may see. */
    OrgFigures visible(OrgFigures figures) {
        Map<RuleCode, RuleFigure> shown = new EnumMap<>(RuleCode.class);
        figures.rules().forEach((rule, figure) -> {
            if (rules.contains(rule)) {
                shown.put(rule, figure);
            }
        });
        return new OrgFigures(figures.organizationId(), figures.code(), figures.name(), figures.path(), shown);
    }

    /** One figure per rule shown, zero where nothing was required. */
    List<RuleFigure> perRule(OrgFigures figures) {
        return rules.stream().map(figures::rule).toList();
    }

    /** The obligation rules among those shown (the member quotas have no obligations to list). */
    List<RuleCode> obligationRules() {
        return rules.stream().filter(rule -> !isMemberQuota(rule)).toList();
    }

    /** R03, R04 and R08-SUPERIOR-TALKS: a yearly number per member, measured in hours or counts. */
    static boolean isMemberQuota(RuleCode rule) {
        return QuotaRule.find(rule).isPresent();
    }
}
