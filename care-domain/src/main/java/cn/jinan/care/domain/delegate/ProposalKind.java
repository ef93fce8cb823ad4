package cn.jinan.care.domain.delegate;

/** 第7条: 提案 during a congress (joint), 提议 between congresses (written). */
public enum ProposalKind {
    /** 提案: made jointly by delegates while the congress sits. */
    PROPOSAL,
    /** 提议: made in writing between congresses to the committee of the same level. */
    MOTION
}
