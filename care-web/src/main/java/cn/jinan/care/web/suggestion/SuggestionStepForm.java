package cn.jinan.care.web.suggestion;

import cn.jinan.care.domain.suggestion.HandlingSystem;
import cn.jinan.care.persistence.suggestion.SuggestionStep;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** One handling step of a suggestion; each step reads only its own fields (the suggestion checks them). */
@Data
public class SuggestionStepForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private HandlingSystem handlingSystem;

    @Size(max = 100)
    private String owner;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate promisedBy;

    @Size(max = 2000)
    private String replyText;

    @Size(max = 1000)
    private String reason;

    private long version;

    SuggestionStep step(SuggestionStep.Kind kind) {
        return new SuggestionStep(kind, date, handlingSystem, owner, promisedBy,
                kind == SuggestionStep.Kind.NOT_ADOPT ? reason : replyText);
    }
}
