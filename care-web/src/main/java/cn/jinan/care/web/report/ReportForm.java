package cn.jinan.care.web.report;

import cn.jinan.care.domain.report.ReportFormat;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/** What a user asks for: a year, an organization of their scope (none = their whole scope) and a format. */
@Getter
@Setter
public class ReportForm {

    @NotNull
    private Integer year;

    private Long org;

    @NotNull
    private ReportFormat format = ReportFormat.XLSX;
}
