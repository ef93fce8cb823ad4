package cn.jinan.care.web.casualty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Closing a casualty case: when and why. */
@Data
public class CloseCaseForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closedOn;

    @NotBlank
    @Size(max = 500)
    private String closeReason;

    private long version;
}
