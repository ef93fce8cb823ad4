package cn.jinan.care.web.fairness;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The steps of a clarification case; each step's page binds its own fields. */
@Data
public class ClarificationStepForm {

    private long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate verifiedOn;
    @Size(max = 2000)
    private String verificationFindings;
    private Boolean falseAccusation;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate clarifiedOn;
    private boolean byMeeting;
    private boolean byMedia;
    @Size(max = 500)
    private String clarificationVenue;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate accuserHandledOn;
    @Size(max = 1000)
    private String accuserAction;
}
