package cn.jinan.care.domain.casualty;

/** What happened to the member on duty (第28条). */
public enum CasualtyKind {
    /** 因公殉职、牺牲: the family is followed up every few months (R28-FAMILY-FOLLOW-UP). */
    DIED_ON_DUTY,
    /** 因公伤残: the member's record and the help given; no periodic follow-up is prescribed. */
    DISABLED_ON_DUTY;

    public boolean familyFollowedUp() {
        return this == DIED_ON_DUTY;
    }
}
