package cn.jinan.care.domain.recuperation;

/** What a day of the holiday calendar is: a day off (法定节假日 or 调休 rest day) or a 调休 make-up workday. */
public enum CalendarDayKind {
    HOLIDAY, MAKEUP_WORKDAY
}
