package cn.jinan.care.reports.csv;

import cn.jinan.care.reports.shared.Column;
import cn.jinan.care.reports.yearly.MemberSource;
import cn.jinan.care.reports.yearly.ReportTables;
import cn.jinan.care.reports.yearly.ReportText;
import cn.jinan.care.reports.yearly.YearlyReport;
import cn.jinan.care.reports.yearly.YearlyReportWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * The yearly report as one CSV file: the report's title, then each part as a section (its title on a line of its own,
 * the header, the rows, an empty line). The member table comes last, so the long part runs to the end of the file;
 * its rows are written as they come from the cursor.
 */
public final class YearlyCsvWriter implements YearlyReportWriter {

    @Override
    public void write(YearlyReport report, ReportText text, MemberSource members, OutputStream out) {
        ReportTables tables = new ReportTables(report, text);
        CsvWriter csv = new CsvWriter(out);
        csv.row(tables.title());
        csv.row(tables.subtitle());
        csv.blank();
        for (ReportTables.Table table : List.of(tables.summary(), tables.children(true), tables.registers(),
                tables.spending())) {
            csv.row(table.title());
            csv.row(headers(table.columns()));
            table.rows().forEach(csv::row);
            csv.blank();
        }
        csv.row(tables.membersTitle());
        csv.row(headers(tables.memberColumns(false)));
        members.stream(row -> csv.row(tables.memberValues(row, false)));
        csv.flush();
    }

    private static Object[] headers(List<Column> columns) {
        return columns.stream().map(Column::header).toArray();
    }
}
