package cn.jinan.care.persistence.compliance;

import java.math.BigDecimal;

/**
 * A member behind a figure: who, where, and their cell for the rule (with the number required of them for a quota,
 * so a list can say by how much they fall short).
 */
public record MemberFigure(long memberId, String name, String organizationName, Measures measures,
        BigDecimal needed) {

    /** How much is missing to meet the quota (hours or count); zero when met. */
    public BigDecimal missing() {
        BigDecimal gap = needed.subtract(measures.done());
        return gap.signum() > 0 ? gap : BigDecimal.ZERO;
    }
}
