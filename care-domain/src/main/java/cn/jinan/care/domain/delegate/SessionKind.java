package cn.jinan.care.domain.delegate;

/** What delegates are called to (第7条). */
public enum SessionKind {
    /** 党代表大会会议. */
    CONGRESS_MEETING,
    /** 列席同级党委全委会. */
    PLENARY,
    /** 学习培训. */
    TRAINING,
    /** 调查研究、视察. */
    RESEARCH
}
