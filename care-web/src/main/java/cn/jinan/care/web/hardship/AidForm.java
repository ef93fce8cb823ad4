package cn.jinan.care.web.hardship;

import cn.jinan.care.domain.hardship.AidApplication;
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

/** The aid application form. {@code token} makes a double submit create one application. */
@Data
public class AidForm {

    @NotNull
    private Long recordId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate appliedOn;

    @NotNull
    private BigDecimal amount;

    @NotNull
    private FundingSource fundingSource;

    @NotBlank
    @Size(max = 500)
    private String purpose;

    private UUID token = UUID.randomUUID();

    AidApplication application() {
        return new AidApplication(appliedOn, amount, fundingSource, purpose);
    }
}
