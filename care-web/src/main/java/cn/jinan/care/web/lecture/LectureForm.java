package cn.jinan.care.web.lecture;

import cn.jinan.care.domain.lecture.Lecture;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The lecture form. {@code token} makes a double submit create one lecture. */
@Data
public class LectureForm {

    @NotNull
    private Long speakerId;

    @NotNull
    private Long venueId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank
    @Size(max = 200)
    private String topic;

    @NotNull
    @Min(1)
    @Max(100000)
    private Integer audienceSize;

    private long version;

    private UUID token = UUID.randomUUID();

    static LectureForm of(Lecture l) {
        LectureForm f = new LectureForm();
        f.setSpeakerId(l.getSpeaker().getId());
        f.setVenueId(l.getVenue().getId());
        f.setDate(l.getDate());
        f.setTopic(l.getTopic());
        f.setAudienceSize(l.getAudienceSize());
        f.setVersion(l.getVersion());
        return f;
    }
}
