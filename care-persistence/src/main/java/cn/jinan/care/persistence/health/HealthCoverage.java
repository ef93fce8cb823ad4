package cn.jinan.care.persistence.health;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of the coverage table: an organization's subtree, its active members, how many of them had the year's
 * check and how many checks found a major risk.
 */
public record HealthCoverage(long organizationId, String code, String name, boolean total, long activeMembers,
        long checked, long majorRisk) {

    /** Checked ÷ active members, in per cent with one decimal; empty when there are no members. */
    public BigDecimal ratePercent() {
        if (activeMembers == 0) {
            return null;
        }
        return BigDecimal.valueOf(checked * 100L).divide(BigDecimal.valueOf(activeMembers), 1, RoundingMode.HALF_UP);
    }
}
