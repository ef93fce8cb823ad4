package cn.jinan.care.domain.casualty;

import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the follow-up form holds. */
public record FollowUpDetails(LocalDate date, String byWhom, String findings, HelpKind helpKind, String helpGiven,
        BigDecimal amount, FundingSource fundingSource) {
}
