package cn.jinan.care.web.delegate;

import cn.jinan.care.domain.delegate.ProposalDecision;
import cn.jinan.care.persistence.delegate.ProposalStep;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** One step of a proposal's handling: the decision and its note, the handling, or the reply. */
@Data
public class ProposalStepForm {

    private ProposalDecision decision;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @Size(max = 2000)
    private String note;

    private long version;

    ProposalStep step(ProposalStep.Kind kind) {
        return new ProposalStep(kind, decision, date, note);
    }
}
