package cn.jinan.care.reports.yearly;

import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.compliance.OrgFigures;
import cn.jinan.care.persistence.compliance.RuleFigure;
import java.time.LocalDate;
import java.util.List;

/**
 * The short parts of a yearly report, read before anything is written: the summary per rule and overall, the
 * children, the registers' figures and the spending by funding source. The per-member table is not here: it is
 * streamed ({@link MemberSource}).
 *
 * @param rules           the rules shown, in catalogue order (quotas and event obligations the reader may see)
 * @param obligationRules of those, the event obligations: the member table has their open and overdue counts
 */
public record YearlyReport(Header header, List<RuleFigure> summary, OrgFigures total, List<OrgFigures> children,
        List<RegisterLine> registers, List<SpendingLine> spending, List<RuleCode> rules,
        List<RuleCode> obligationRules) {

    public YearlyReport {
        summary = List.copyOf(summary);
        children = List.copyOf(children);
        registers = List.copyOf(registers);
        spending = List.copyOf(spending);
        rules = List.copyOf(rules);
        obligationRules = List.copyOf(obligationRules);
    }

    /**
     * Whom and when the report is about.
     *
     * @param asOf        the day figures are counted to (31 December, or today for the running year); party ages too
     * @param generatedOn the day the report was written
     */
    public record Header(String orgCode, String orgName, OrgLevel level, int year, LocalDate asOf,
            LocalDate generatedOn) {

        /**
         * Whether the PDF lists every member. The city's list runs to hundreds of thousands of rows: its PDF keeps the
         * summary, children and registers and points to the xlsx or CSV for the members.
         */
        public boolean membersInPdf() {
            return level != OrgLevel.MUNICIPAL;
        }
    }
}
