package cn.jinan.care.domain.recuperation;

import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * One day of the holiday calendar that differs from the plain week: a public holiday (or 调休 rest day) on which no
 * one works, or a weekend day that is a make-up workday. Administrators keep the calendar, one row per day, from the
 * 国务院办公厅 notice of each year.
 */
@Entity
@Table(name = "calendar_day")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CalendarDay extends BaseEntity {

    @Column(name = "calendar_date", nullable = false, unique = true)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CalendarDayKind kind;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(length = 200)
    private String note;

    public static CalendarDay of(LocalDate date, CalendarDayKind kind, String name, String note) {
        if (date == null) {
            throw DomainException.onField("date", "date.required");
        }
        if (kind == null) {
            throw DomainException.onField("kind", "common.required");
        }
        CalendarDay day = new CalendarDay();
        day.date = date;
        day.kind = kind;
        day.name = Dates.text(name, 50, "name", true);
        day.note = Dates.text(note, 200, "note", false);
        return day;
    }
}
