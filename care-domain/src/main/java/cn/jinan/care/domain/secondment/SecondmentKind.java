package cn.jinan.care.domain.secondment;

/** How a member is sent (第12条 "调、挂、派"). */
public enum SecondmentKind {
    /** 上挂: to a higher organ. */
    UP_POSTING,
    /** 下派: to the grassroots. */
    DOWN_POSTING,
    /** 交流任职: between units. */
    EXCHANGE,
    /** 挂职锻炼. */
    ATTACHMENT,
    /** 驻村第一书记. */
    FIRST_SECRETARY
}
