package cn.jinan.care.domain.visit;

import cn.jinan.care.domain.policy.RequiredAction;
import java.util.Optional;

/** Why a visit was made. */
public enum VisitKind {
    HOLIDAY(RequiredAction.HOLIDAY_VISIT),
    HARDSHIP(null),
    EMERGENCY(RequiredAction.EMERGENCY_VISIT),
    OLD_MEMBER(RequiredAction.OLD_MEMBER_VISIT),
    END_OF_LIFE(RequiredAction.END_OF_LIFE_VISIT),
    CONDOLENCE(RequiredAction.CONDOLENCE_VISIT),
    CASUALTY_FAMILY(RequiredAction.FAMILY_FOLLOW_UP);

    private final RequiredAction fulfils;

    VisitKind(RequiredAction fulfils) {
        this.fulfils = fulfils;
    }

    public Optional<RequiredAction> fulfils() {
        return Optional.ofNullable(fulfils);
    }

    public static Optional<VisitKind> forAction(RequiredAction action) {
        for (VisitKind k : values()) {
            if (k.fulfils == action) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Visits made to the family rather than the member: the member has died. */
    public boolean toFamily() {
        return this == CONDOLENCE || this == CASUALTY_FAMILY;
    }
}
