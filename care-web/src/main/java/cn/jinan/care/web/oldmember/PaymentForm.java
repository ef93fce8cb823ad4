package cn.jinan.care.web.oldmember;

import cn.jinan.care.domain.oldmember.PaymentDetails;
import cn.jinan.care.domain.oldmember.PeriodKind;
import cn.jinan.care.domain.oldmember.SubsidyPayment;
import cn.jinan.care.domain.oldmember.SubsidyPeriod;
import cn.jinan.care.domain.shared.FundingSource;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A subsidy payment: a month (yyyy-MM), or the quarter that starts with it. An empty amount is the year's standard
 * times the months. {@code token} makes a double submit create one payment.
 */
@Data
public class PaymentForm {

    static final String MONTH_PATTERN = "\\d{4}-(0[1-9]|1[0-2])";

    /** Required for a new payment (the controller checks); an edit keeps the payment's member. */
    private Long memberId;

    @NotNull
    private PeriodKind periodKind = PeriodKind.MONTH;

    @NotBlank
    @Pattern(regexp = MONTH_PATTERN)
    private String month;

    @Positive
    @Digits(integer = 10, fraction = 2)
    private BigDecimal amount;

    @NotNull
    private FundingSource fundingSource;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;

    @Size(max = 500)
    private String note;

    private long version;

    private UUID token = UUID.randomUUID();

    SubsidyPeriod period() {
        return new SubsidyPeriod(periodKind, YearMonth.parse(month));
    }

    PaymentDetails details(BigDecimal amount) {
        return new PaymentDetails(period(), amount, fundingSource, paidOn, note);
    }

    static PaymentForm of(SubsidyPayment p) {
        PaymentForm f = new PaymentForm();
        f.setMemberId(p.getMember().getId());
        f.setPeriodKind(p.getPeriodKind());
        f.setMonth(YearMonth.from(p.getPeriodStart()).toString());
        f.setAmount(p.getAmount());
        f.setFundingSource(p.getFundingSource());
        f.setPaidOn(p.getPaidOn());
        f.setNote(p.getNote());
        f.setVersion(p.getVersion());
        return f;
    }
}
