package cn.jinan.care.web.recuperation;

import cn.jinan.care.domain.recuperation.CalendarDayKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** A day to add to the holiday calendar. */
@Data
public class CalendarDayForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull
    private CalendarDayKind kind = CalendarDayKind.HOLIDAY;

    @NotBlank
    @Size(max = 50)
    private String name;

    @Size(max = 200)
    private String note;
}
