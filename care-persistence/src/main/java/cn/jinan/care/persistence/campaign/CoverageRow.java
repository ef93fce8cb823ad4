package cn.jinan.care.persistence.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A campaign's coverage in one organization (and everything under it): the members it targets (waived ones left
 * out), those visited, those not visited yet, and the money the visits gave.
 */
public record CoverageRow(long organizationId, String organizationName, long targets, long visited, long notVisited,
        BigDecimal money) {

    /** Visited ÷ targets in percent, one decimal; 0 with no targets. */
    public BigDecimal rate() {
        if (targets == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(visited * 100L).divide(BigDecimal.valueOf(targets), 1, RoundingMode.HALF_UP);
    }
}
