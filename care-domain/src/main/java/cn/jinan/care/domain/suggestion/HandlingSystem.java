package cn.jinan.care.domain.suggestion;

/** Under which of the "三制" (第6条) a suggestion is handled. */
public enum HandlingSystem {
    /** 公示制: handling and result made public. */
    PUBLIC_NOTICE,
    /** 责任制: a named person or unit answers for it. */
    RESPONSIBILITY,
    /** 承诺制: a promised date; past it the suggestion is overdue. */
    COMMITMENT
}
