package cn.jinan.care.domain.suggestion;

/** How a suggestion came in (第6条). */
public enum SuggestionChannel {
    /** 听取党员意见直通车. */
    DIRECT_LINE,
    /** 恳谈会. */
    FORUM,
    /** 听证会. */
    HEARING,
    /** 协调会. */
    COORDINATION
}
