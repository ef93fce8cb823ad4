package cn.jinan.care.domain.honor;

import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the honor form holds. */
public record HonorDetails(HonorKind kind, Integer year, String title, AwardLevel level, LocalDate awardedOn,
        String awardingBody, String documentNumber, BigDecimal rewardAmount, FundingSource fundingSource,
        String notes) {
}
