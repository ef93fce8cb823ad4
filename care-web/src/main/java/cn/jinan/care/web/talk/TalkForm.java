package cn.jinan.care.web.talk;

import cn.jinan.care.domain.talk.Talk;
import cn.jinan.care.domain.talk.TalkDetails;
import cn.jinan.care.domain.talk.TalkKind;
import cn.jinan.care.domain.talk.TalkerPost;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The talk form. {@code token} makes a double submit create one talk. */
@Data
public class TalkForm {

    @NotNull
    private Long memberId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull
    private TalkKind kind;

    @NotBlank
    @Size(max = 50)
    private String talkerName;

    @NotNull
    private TalkerPost talkerPost;

    @Size(max = 100)
    private String place;

    @Size(max = 2000)
    private String summary;

    private long version;

    private UUID token = UUID.randomUUID();

    TalkDetails details() {
        return new TalkDetails(date, kind, talkerName, talkerPost, place, summary);
    }

    static TalkForm of(Talk t) {
        TalkForm f = new TalkForm();
        f.setMemberId(t.getMember().getId());
        f.setDate(t.getDate());
        f.setKind(t.getKind());
        f.setTalkerName(t.getTalkerName());
        f.setTalkerPost(t.getTalkerPost());
        f.setPlace(t.getPlace());
        f.setSummary(t.getSummary());
        f.setVersion(t.getVersion());
        return f;
    }
}
