package cn.jinan.care.domain.member;

/** The level of party congress a member is a delegate to, if any. */
public enum DelegateLevel {
    NONE, TOWN, COUNTY, CITY, PROVINCE, NATIONAL
}
