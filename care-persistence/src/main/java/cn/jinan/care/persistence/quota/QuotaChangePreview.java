package cn.jinan.care.persistence.quota;

import cn.jinan.care.domain.policy.RuleCode;
import java.math.BigDecimal;

/**
 * The effect of a proposed quota number on a year: members who meet the current number but would fall short of the
 * proposed one, members who would newly meet it, out of all the members the quota applies to (exempt ones aside).
 */
public record QuotaChangePreview(RuleCode rule, int year, BigDecimal current, BigDecimal proposed, long wouldFallShort,
        long wouldNewlyMeet, long membersCounted) {
}
