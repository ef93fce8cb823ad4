package cn.jinan.care.web.report;

import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.report.ReportFormat;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.reports.csv.YearlyCsvWriter;
import cn.jinan.care.reports.pdf.YearlyPdfWriter;
import cn.jinan.care.reports.xlsx.YearlyXlsxWriter;
import cn.jinan.care.reports.yearly.MemberSource;
import cn.jinan.care.reports.yearly.ReportText;
import cn.jinan.care.reports.yearly.YearlyReport;
import cn.jinan.care.reports.yearly.YearlyReportData;
import cn.jinan.care.reports.yearly.YearlyReportWriter;
import cn.jinan.care.web.shared.Fmt;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes one yearly report, for a job or a direct download: reads it within the scope, in the asker's language, and
 * hands it to the format's writer with the member rows streaming from the cursor.
 */
@Component
@RequiredArgsConstructor
public class ReportWriting {

    private final YearlyReportData data;
    private final MessageSource messages;
    private final Fmt fmt;

    /** The rules the role may not see in a report (a branch secretary: the accountability cases' rule). */
    public static Set<RuleCode> hiddenFor(Role role) {
        return role == Role.SECRETARY ? ObligationService.RESTRICTED : Set.of();
    }

    /** The short parts; 404 when the organization is outside the scope. */
    public YearlyReport load(DataScope scope, long organizationId, int year, Role role) {
        return data.load(scope, organizationId, year, hiddenFor(role));
    }

    /** How many members a report of the organization for the year lists. */
    public long memberCount(DataScope scope, long organizationId, int year) {
        return data.memberCount(scope, organizationId, year);
    }

    /** The member rows the report will write (none for the city's PDF). */
    public long rows(DataScope scope, long organizationId, YearlyReport report, ReportFormat format) {
        if (format == ReportFormat.PDF && !report.header().membersInPdf()) {
            return 0;
        }
        return data.memberCount(scope, organizationId, report.header().year());
    }

    /**
     * Writes the report; {@code progress} hears the count of member rows written so far, every {@code every} rows.
     * Returns how many member rows were written.
     */
    public long write(DataScope scope, long organizationId, YearlyReport report, ReportFormat format, Locale locale,
            OutputStream out, int every, LongConsumer progress) {
        long[] rows = {0};
        MemberSource members = data.members(scope, organizationId, report.header().year(), report.obligationRules(),
                report.header().asOf()).peek(row -> {
                    if (++rows[0] % every == 0) {
                        progress.accept(rows[0]);
                    }
                });
        writer(format).write(report, text(locale), members, out);
        return rows[0];
    }

    /** The file name a user gets, without the extension. */
    public String fileName(YearlyReport report, Locale locale) {
        return text(locale).text("report.file-name", report.header().orgName(), report.header().year())
                .replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }

    static YearlyReportWriter writer(ReportFormat format) {
        return switch (format) {
            case XLSX -> new YearlyXlsxWriter();
            case PDF -> new YearlyPdfWriter();
            case CSV -> new YearlyCsvWriter();
        };
    }

    /** The report's words from the message bundles in one language (a job runs away from the request). */
    ReportText text(Locale locale) {
        return new ReportText() {
            @Override
            public String text(String key, Object... args) {
                return messages.getMessage(key, args, locale);
            }

            @Override
            public String date(LocalDate day) {
                Locale previous = LocaleContextHolder.getLocale();
                LocaleContextHolder.setLocale(locale);
                try {
                    return fmt.date(day);
                } finally {
                    LocaleContextHolder.setLocale(previous);
                }
            }
        };
    }
}
