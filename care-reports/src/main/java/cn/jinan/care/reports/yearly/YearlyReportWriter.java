package cn.jinan.care.reports.yearly;

import java.io.OutputStream;

/**
 * Writes a yearly report in one format. The short parts come in the {@link YearlyReport}; the member rows are pulled
 * from the {@link MemberSource} while the member part is being written and go straight out, so memory does not grow
 * with the number of members. The stream is not closed.
 */
public interface YearlyReportWriter {

    void write(YearlyReport report, ReportText text, MemberSource members, OutputStream out);
}
