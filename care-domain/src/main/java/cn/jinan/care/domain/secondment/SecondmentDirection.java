package cn.jinan.care.domain.secondment;

/** The five lines of 第12条 (and 第14条's 村居挂职) a secondment answers. */
public enum SecondmentDirection {
    /** 市直机关党员、干部到街镇、园区交流任职. */
    CITY_ORGAN_TO_STREET,
    /** 街镇党员、干部到市直机关交流任职. */
    STREET_TO_CITY_ORGAN,
    /** 企事业单位党员、干部到市、区县机关任职. */
    ENTERPRISE_TO_ORGAN,
    /** 市、区县机关党员、干部到知名企业挂职锻炼. */
    ORGAN_TO_ENTERPRISE,
    /** 到重点工作一线锻炼. */
    FRONT_LINE,
    /** 到村居挂职 (第14条). */
    TO_VILLAGE,
    OTHER
}
