package cn.jinan.care.domain.shared;

/** Where money spent on care comes from (final article: 经费保障; 党费 kept by the committees). */
public enum FundingSource {
    BUDGET, PARTY_FEES, TRADE_UNION, DONATION, OTHER
}
