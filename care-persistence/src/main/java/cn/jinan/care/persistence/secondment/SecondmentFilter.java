package cn.jinan.care.persistence.secondment;

import cn.jinan.care.domain.secondment.SecondmentKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the secondment list shows: current ones (today within start..end or an open end), past ones (ended before
 * today), upcoming ones or all; of one kind; touching one year.
 */
public record SecondmentFilter(View view, SecondmentKind kind, Integer year) {

    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    public enum View {
        CURRENT, PAST, UPCOMING, ALL
    }

    public SecondmentFilter {
        view = view == null ? View.CURRENT : view;
    }

    Set<SecondmentKind> kinds() {
        return kind == null ? EnumSet.allOf(SecondmentKind.class) : EnumSet.of(kind);
    }

    /** Bounds on the start and on the end (an open end counts as {@link #LAST}): [startMin, startMax, endMin, endMax]. */
    LocalDate[] bounds(LocalDate today) {
        LocalDate[] b = {FIRST, LAST, FIRST, LAST};
        switch (view) {
            case CURRENT -> {
                b[1] = today;
                b[2] = today;
            }
            case PAST -> b[3] = today.minusDays(1);
            case UPCOMING -> b[0] = today.plusDays(1);
            case ALL -> {
            }
        }
        if (year != null) {
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            LocalDate dec31 = LocalDate.of(year, 12, 31);
            b[1] = b[1].isBefore(dec31) ? b[1] : dec31;
            b[2] = b[2].isAfter(jan1) ? b[2] : jan1;
        }
        return b;
    }
}
