package cn.jinan.care.domain.delegate;

/** Submitted → accepted (立案) / merged (并案) / not accepted (不予立案) → handled (办理) → replied (答复). */
public enum ProposalStatus {
    SUBMITTED, ACCEPTED, MERGED, NOT_ACCEPTED, HANDLED, REPLIED
}
