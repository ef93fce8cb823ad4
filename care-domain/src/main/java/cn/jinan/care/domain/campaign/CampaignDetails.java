package cn.jinan.care.domain.campaign;

import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** What the campaign form edits. {@code minAge} counts only with AGE_OVER, {@code customMembers} only with CUSTOM. */
public record CampaignDetails(String name, LocalDate windowStart, LocalDate windowEnd, Set<TargetGroup> targets,
        Integer minAge, Set<Long> customMembers, BigDecimal standardAmount, FundingSource fundingSource,
        String notes) {
}
