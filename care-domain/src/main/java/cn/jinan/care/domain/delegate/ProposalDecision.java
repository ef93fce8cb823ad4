package cn.jinan.care.domain.delegate;

/** What is decided about a submitted proposal. */
public enum ProposalDecision {
    ACCEPT, MERGE, NOT_ACCEPT
}
