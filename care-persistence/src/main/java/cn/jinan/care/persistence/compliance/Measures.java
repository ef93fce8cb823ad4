package cn.jinan.care.persistence.compliance;

import java.math.BigDecimal;

/**
 * The counted measures of one rule for a member or an organization's subtree in a year. For a quota rule:
 * {@code applicable} members, of them {@code exempt} and {@code required} (the rest), {@code met} of the required, and
 * {@code done} (hours or count, summed). For an obligation rule: {@code due} obligations falling due in the year, of
 * them {@code fulfilled} ({@code fulfilledLate} after the due date), {@code waived}, {@code open}, and {@code overdue}
 * (open past the due date).
 */
public record Measures(long applicable, long exempt, long required, long met, BigDecimal done, long due,
        long fulfilled, long fulfilledLate, long waived, long open, long overdue) {

    public static final Measures NONE = new Measures(0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0);

    public Measures plus(Measures o) {
        return new Measures(applicable + o.applicable, exempt + o.exempt, required + o.required, met + o.met,
                done.add(o.done), due + o.due, fulfilled + o.fulfilled, fulfilledLate + o.fulfilledLate,
                waived + o.waived, open + o.open, overdue + o.overdue);
    }

    /** Required members short of the quota. */
    public long shortOf() {
        return required - met;
    }

    /** Obligations that count: due and not waived. */
    public long owed() {
        return due - waived;
    }
}
