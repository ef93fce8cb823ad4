package cn.jinan.care.web.oldmember;

import cn.jinan.care.domain.shared.FundingSource;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Data;

/** The monthly standard decided for a year. {@code version} is empty for a year not decided yet. */
@Data
public class StandardForm {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotNull
    @Positive
    @Digits(integer = 10, fraction = 2)
    private BigDecimal monthlyAmount;

    @NotNull
    private FundingSource fundingSource = FundingSource.BUDGET;

    @Size(max = 500)
    private String note;

    private Long version;
}
