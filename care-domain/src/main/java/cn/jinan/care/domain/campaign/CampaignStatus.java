package cn.jinan.care.domain.campaign;

/** Where a campaign stands: planned (window and targets still editable), running, or over. */
public enum CampaignStatus {
    DRAFT, OPEN, CLOSED
}
