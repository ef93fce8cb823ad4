package cn.jinan.care.web.rules;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/** A new value of a rule parameter, from a date on. */
@Getter
@Setter
public class ParameterForm {

    @NotNull
    @DecimalMin("0")
    @DecimalMax("99999999")
    @Digits(integer = 8, fraction = 2)
    private BigDecimal value;

    @NotNull
    private LocalDate effectiveFrom;

    @NotNull
    @Size(min = 2, max = 500)
    private String note;
}
