package cn.jinan.care.web.hardship;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fields of one aid step; each step uses its own (approval: by whom and when; notice: start and end; payment:
 * when; rejection: why). Which are required is the aid's rule, said next to the field.
 */
@Data
public class AidStepForm {

    @Size(max = 100)
    private String approvedBy;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate approvedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate noticeStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate noticeEnd;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;

    @Size(max = 500)
    private String rejectReason;

    private long version;
}
