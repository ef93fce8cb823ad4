package cn.jinan.care.reports.xlsx;

import cn.jinan.care.reports.yearly.MemberSource;
import cn.jinan.care.reports.yearly.ReportTables;
import cn.jinan.care.reports.yearly.ReportText;
import cn.jinan.care.reports.yearly.YearlyReport;
import cn.jinan.care.reports.yearly.YearlyReportWriter;
import java.io.OutputStream;

/**
 * The yearly report as a workbook: one sheet per part (summary, children, registers, spending, members), each with the
 * report's title and a frozen header, typed cells and set widths. The member sheet is filled row by row from the
 * cursor through POI's streaming window.
 */
public final class YearlyXlsxWriter implements YearlyReportWriter {

    @Override
    public void write(YearlyReport report, ReportText text, MemberSource members, OutputStream out) {
        ReportTables tables = new ReportTables(report, text);
        String title = tables.title();
        try (XlsxTableWriter xlsx = new XlsxTableWriter()) {
            for (ReportTables.Table table : new ReportTables.Table[] {tables.summary(), tables.children(true),
                tables.registers(), tables.spending()}) {
                XlsxTableWriter.TableSheet sheet = xlsx.sheet(table.sheet(), title + " " + table.title(),
                        table.columns());
                table.rows().forEach(sheet::row);
            }
            XlsxTableWriter.TableSheet sheet = xlsx.sheet(tables.membersSheet(), title + " " + tables.membersTitle(),
                    tables.memberColumns(false));
            members.stream(row -> sheet.row(tables.memberValues(row, false)));
            xlsx.writeTo(out);
        }
    }
}
