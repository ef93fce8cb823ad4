package cn.jinan.care.domain.honor;

/** Who awarded an honor, by level: from the Central Committee down to the grassroots committee. */
public enum AwardLevel {
    NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT, STREET, GRASSROOTS
}
