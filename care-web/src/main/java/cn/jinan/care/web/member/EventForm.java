package cn.jinan.care.web.member;

import cn.jinan.care.domain.member.MemberEventKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Recording a member event. */
@Data
public class EventForm {

    @NotNull
    private MemberEventKind kind;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @Size(max = 500)
    private String note;

    private java.util.UUID token = java.util.UUID.randomUUID();
}
