package cn.jinan.care.web.training;

import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.domain.training.StudyRecord;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** One study record, or one session with many attendees ({@code memberIds}). */
@Data
public class StudyForm {

    private Long memberId;

    private List<Long> memberIds = new ArrayList<>();

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull
    @DecimalMin("0.5")
    @DecimalMax("12")
    private BigDecimal hours;

    @NotNull
    private StudyKind kind;

    @NotBlank
    @Size(max = 200)
    private String course;

    private long version;

    private UUID token = UUID.randomUUID();

    static StudyForm of(StudyRecord r) {
        StudyForm f = new StudyForm();
        f.setMemberId(r.getMember().getId());
        f.setDate(r.getDate());
        f.setHours(r.getHours());
        f.setKind(r.getKind());
        f.setCourse(r.getCourse());
        f.setVersion(r.getVersion());
        return f;
    }
}
