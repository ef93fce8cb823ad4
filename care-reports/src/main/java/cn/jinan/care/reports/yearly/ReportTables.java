package cn.jinan.care.reports.yearly;

import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.compliance.OrgFigures;
import cn.jinan.care.persistence.compliance.RuleFigure;
import cn.jinan.care.reports.shared.Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parts of a yearly report as tables (title, typed columns, rows), the same for every format: the xlsx makes a
 * sheet of each, the CSV a section, the PDF a table. Only the short parts are held as rows; the member table is
 * described here (columns, and the values of one row) and its rows are streamed.
 */
public final class ReportTables {

    /** A titled table; {@code sheet} is the short name of its xlsx sheet. */
    public record Table(String title, String sheet, List<Column> columns, List<Object[]> rows) {
    }

    private final YearlyReport report;
    private final ReportText text;

    public ReportTables(YearlyReport report, ReportText text) {
        this.report = report;
        this.text = text;
    }

    /** The report's heading: organization and year. */
    public String title() {
        YearlyReport.Header h = report.header();
        return text.text("report.title", h.orgName(), h.year());
    }

    /** What the report covers and when it was made. */
    public String subtitle() {
        YearlyReport.Header h = report.header();
        return text.text("report.subtitle", h.orgName(), h.orgCode(), text.date(h.asOf()), text.date(h.generatedOn()));
    }

    /** Each rule shown: required, done, rate, and who or what is behind; the overall line last. */
    public Table summary() {
        List<Column> columns = List.of(Column.text(text.text("report.col.rule"), 40),
                number(text.text("report.col.required"), Column.Kind.INTEGER, 10),
                number(text.text("report.col.done"), Column.Kind.INTEGER, 10),
                number(text.text("report.col.rate"), Column.Kind.DECIMAL, 10),
                number(text.text("report.col.short"), Column.Kind.INTEGER, 12),
                number(text.text("report.col.overdue"), Column.Kind.INTEGER, 12));
        List<Object[]> rows = new ArrayList<>();
        long shortOf = 0;
        long overdue = 0;
        for (RuleFigure f : report.summary()) {
            rows.add(new Object[] {text.rule(f.rule()), f.required(), f.done(), rate(f),
                f.quota() ? f.behind() : null, f.quota() ? null : f.behind()});
            shortOf += f.quota() ? f.behind() : 0;
            overdue += f.quota() ? 0 : f.behind();
        }
        OrgFigures total = report.total();
        rows.add(new Object[] {text.text("report.total"), total.required(), total.done(), rate(total), shortOf,
            overdue});
        return new Table(text.text("report.part.summary"), text.text("report.sheet.summary"), columns, rows);
    }

    /** The direct children with their overall figures and, when {@code perRule}, each rule's rate. */
    public Table children(boolean perRule) {
        List<Column> columns = new ArrayList<>(List.of(Column.text(text.text("report.col.org-code"), 14),
                Column.text(text.text("report.col.org-name"), 30),
                number(text.text("report.col.required"), Column.Kind.INTEGER, 10),
                number(text.text("report.col.done"), Column.Kind.INTEGER, 10),
                number(text.text("report.col.rate"), Column.Kind.DECIMAL, 10),
                number(text.text("report.col.behind"), Column.Kind.INTEGER, 10)));
        if (perRule) {
            report.rules().forEach(rule -> columns.add(number(text.text("report.col.rule-rate", text.rule(rule)),
                    Column.Kind.DECIMAL, 16)));
        }
        List<Object[]> rows = new ArrayList<>();
        for (OrgFigures child : report.children()) {
            List<Object> row = new ArrayList<>(Arrays.asList(child.code(), child.name(), child.required(), child.done(),
                    rate(child), child.behind()));
            if (perRule) {
                report.rules().forEach(rule -> row.add(rate(child.rule(rule))));
            }
            rows.add(row.toArray());
        }
        return new Table(text.text("report.part.children"), text.text("report.sheet.children"), columns, rows);
    }

    /** The registers' figures of the year: what, how many, how much money. */
    public Table registers() {
        List<Column> columns = List.of(Column.text(text.text("report.col.item"), 40),
                number(text.text("report.col.count"), Column.Kind.INTEGER, 10),
                number(text.text("report.col.amount"), Column.Kind.MONEY, 16));
        List<Object[]> rows = new ArrayList<>();
        for (RegisterLine line : report.registers()) {
            String label = line.detail() == null ? text.text(line.key()) : text.text(line.key(), text.label(line.detail()));
            rows.add(new Object[] {label, line.count(), line.amount()});
        }
        return new Table(text.text("report.part.registers"), text.text("report.sheet.registers"), columns, rows);
    }

    /** Money by funding source and what it went to, with a total line. */
    public Table spending() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(text.text("report.col.funding"), 14));
        for (SpendingItem item : SpendingItem.values()) {
            columns.add(number(text.text("report.spending." + item.name()), Column.Kind.MONEY, 14));
        }
        columns.add(number(text.text("report.col.total"), Column.Kind.MONEY, 16));
        List<Object[]> rows = new ArrayList<>();
        BigDecimal[] sums = new BigDecimal[SpendingItem.values().length + 1];
        Arrays.fill(sums, BigDecimal.ZERO);
        for (SpendingLine line : report.spending()) {
            List<Object> row = new ArrayList<>();
            row.add(text.label(line.source()));
            for (SpendingItem item : SpendingItem.values()) {
                row.add(line.amount(item));
                sums[item.ordinal()] = sums[item.ordinal()].add(line.amount(item));
            }
            row.add(line.total());
            sums[sums.length - 1] = sums[sums.length - 1].add(line.total());
            rows.add(row.toArray());
        }
        List<Object> total = new ArrayList<>();
        total.add(text.text("report.total"));
        total.addAll(List.of(sums));
        rows.add(total.toArray());
        return new Table(text.text("report.part.spending"), text.text("report.sheet.spending"), columns, rows);
    }

    public String membersTitle() {
        return text.text("report.part.members");
    }

    public String membersSheet() {
        return text.text("report.sheet.members");
    }

    /**
     * The member table's columns. In full (xlsx, CSV): the organization's code and name, then open and overdue per
     * obligation rule; {@code compact} (PDF, A4): the organization's name and the open and overdue totals.
     */
    public List<Column> memberColumns(boolean compact) {
        List<Column> columns = new ArrayList<>();
        if (!compact) {
            columns.add(Column.text(text.text("report.col.org-code"), 14));
        }
        columns.add(Column.text(text.text("report.col.org-name"), compact ? 22 : 30));
        columns.add(Column.text(text.text("report.col.name"), 10));
        columns.add(Column.text(text.text("report.col.id-number"), 20));
        columns.add(number(text.text("report.col.party-age"), Column.Kind.INTEGER, 8));
        columns.add(number(text.text("report.col.study-hours"), Column.Kind.DECIMAL, 10));
        columns.add(number(text.text("report.col.lectures"), Column.Kind.INTEGER, 8));
        columns.add(number(text.text("report.col.superior-talks"), Column.Kind.INTEGER, 10));
        if (compact) {
            columns.add(number(text.text("report.col.open-total"), Column.Kind.INTEGER, 8));
            columns.add(number(text.text("report.col.overdue-total"), Column.Kind.INTEGER, 8));
        } else {
            for (RuleCode rule : report.obligationRules()) {
                columns.add(number(text.text("report.col.open", text.rule(rule)), Column.Kind.INTEGER, 14));
                columns.add(number(text.text("report.col.rule-overdue", text.rule(rule)), Column.Kind.INTEGER, 14));
            }
        }
        return columns;
    }

    /** One member's values, in the order of {@link #memberColumns}. */
    public Object[] memberValues(MemberRow row, boolean compact) {
        List<Object> values = new ArrayList<>();
        if (!compact) {
            values.add(row.orgCode());
        }
        values.addAll(Arrays.asList(row.orgName(), row.name(), row.maskedIdNumber(), row.partyAge(),
                row.studyHours(), row.lectures(), row.superiorTalks()));
        if (compact) {
            values.add(row.openTotal());
            values.add(row.overdueTotal());
        } else {
            for (int i = 0; i < report.obligationRules().size(); i++) {
                values.add(row.open().get(i));
                values.add(row.overdue().get(i));
            }
        }
        return values.toArray();
    }

    /** The rate, or nothing when nothing was required (a 100 % there would read as work done). */
    public static BigDecimal rate(RuleFigure figure) {
        return figure.required() == 0 ? null : figure.rate();
    }

    static BigDecimal rate(OrgFigures figures) {
        return figures.required() == 0 ? null : figures.rate();
    }

    private static Column number(String header, Column.Kind kind, int width) {
        return new Column(header, kind, width);
    }
}
