package cn.jinan.care.web.casualty;

import cn.jinan.care.domain.casualty.FollowUpDetails;
import cn.jinan.care.domain.casualty.HelpKind;
import cn.jinan.care.domain.shared.FundingSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** A follow-up of a case and the help given; money carries its funding source. */
@Data
public class FollowUpForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank
    @Size(max = 200)
    private String byWhom;

    @NotBlank
    @Size(max = 2000)
    private String findings;

    private HelpKind helpKind;

    @Size(max = 1000)
    private String helpGiven;

    private BigDecimal amount;

    private FundingSource fundingSource;

    private UUID token = UUID.randomUUID();

    FollowUpDetails details() {
        return new FollowUpDetails(date, byWhom, findings, helpKind, helpGiven, amount, fundingSource);
    }
}
