package cn.jinan.care.web.oldmember;

import cn.jinan.care.domain.oldmember.PeriodKind;
import cn.jinan.care.domain.oldmember.SubsidyPeriod;
import cn.jinan.care.domain.shared.FundingSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Pays a month or a quarter to every eligible member of an organization at the year's standard. */
@Data
public class BatchForm {

    @NotNull
    private Long organizationId;

    @NotNull
    private PeriodKind periodKind = PeriodKind.QUARTER;

    @NotBlank
    @Pattern(regexp = PaymentForm.MONTH_PATTERN)
    private String month;

    /** Empty: the standard's own funding source. */
    private FundingSource fundingSource;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;

    @Size(max = 500)
    private String note;

    private UUID token = UUID.randomUUID();

    SubsidyPeriod period() {
        return new SubsidyPeriod(periodKind, YearMonth.parse(month));
    }
}
