package cn.jinan.care.web.suggestion;

import cn.jinan.care.domain.suggestion.SubmitterKind;
import cn.jinan.care.domain.suggestion.Suggestion;
import cn.jinan.care.domain.suggestion.SuggestionChannel;
import cn.jinan.care.domain.suggestion.SuggestionDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a received suggestion; {@code token} makes a double submit record one suggestion. */
@Data
public class SuggestionForm {

    private Long organizationId;

    @NotNull
    private SubmitterKind submitterKind;

    private Long memberId;

    @Size(max = 50)
    private String submitterName;

    @NotNull
    private SuggestionChannel channel;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @NotBlank
    @Size(max = 2000)
    private String content;

    private long version;

    private UUID token = UUID.randomUUID();

    SuggestionDetails details() {
        return new SuggestionDetails(submitterKind, submitterName, channel, receivedOn, content);
    }

    static SuggestionForm of(Suggestion s) {
        SuggestionForm f = new SuggestionForm();
        f.setOrganizationId(s.getOrganization().getId());
        f.setSubmitterKind(s.getSubmitterKind());
        f.setMemberId(s.getMember() == null ? null : s.getMember().getId());
        f.setSubmitterName(s.getSubmitterName());
        f.setChannel(s.getChannel());
        f.setReceivedOn(s.getReceivedOn());
        f.setContent(s.getContent());
        f.setVersion(s.getVersion());
        return f;
    }
}
