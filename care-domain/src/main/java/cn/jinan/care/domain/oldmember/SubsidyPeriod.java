package cn.jinan.care.domain.oldmember;

import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The months one payment covers: one month, or a calendar quarter (January–March, April–June, July–September,
 * October–December).
 */
public record SubsidyPeriod(PeriodKind kind, YearMonth start) {

    public SubsidyPeriod {
        if (kind == null) {
            throw DomainException.onField("periodKind", "oldmember.period.kind-required");
        }
        if (start == null) {
            throw DomainException.onField("month", "oldmember.period.month-required");
        }
        if (kind == PeriodKind.QUARTER && (start.getMonthValue() - 1) % 3 != 0) {
            throw DomainException.onField("month", "oldmember.period.quarter-start");
        }
    }

    public static SubsidyPeriod month(YearMonth month) {
        return new SubsidyPeriod(PeriodKind.MONTH, month);
    }

    /** The quarter (1–4) of a year. */
    public static SubsidyPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw DomainException.onField("month", "oldmember.period.quarter-start");
        }
        return new SubsidyPeriod(PeriodKind.QUARTER, YearMonth.of(year, quarter * 3 - 2));
    }

    public int length() {
        return kind.months();
    }

    public YearMonth end() {
        return start.plusMonths(length() - 1L);
    }

    public List<YearMonth> months() {
        return IntStream.range(0, length()).mapToObj(start::plusMonths).toList();
    }

    public boolean overlaps(SubsidyPeriod other) {
        return !start.isAfter(other.end()) && !other.start.isAfter(end());
    }

    public LocalDate firstDay() {
        return start.atDay(1);
    }

    public int year() {
        return start.getYear();
    }
}
