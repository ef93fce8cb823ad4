package cn.jinan.care.domain.talk;

import cn.jinan.care.domain.policy.RequiredAction;
import java.util.Optional;

/** Why a talk was held (第8条). */
public enum TalkKind {
    /** 鼓励鞭策: admitted, transferred in, honored. */
    ENCOURAGEMENT(RequiredAction.ENCOURAGEMENT_TALK),
    /** 教育帮助: sanction, tendency problem. */
    EDUCATION(RequiredAction.EDUCATION_TALK),
    /** 岗位变动谈话. */
    POST_CHANGE(RequiredAction.POST_CHANGE_TALK),
    /** 上级党组织负责同志“双向”谈话: counts for R08-SUPERIOR-TALKS. */
    SUPERIOR_TWO_WAY(null),
    /** 党员接待日. */
    RECEPTION_DAY(null),
    /** 日常谈心谈话. */
    ROUTINE(null);

    private final RequiredAction fulfils;

    TalkKind(RequiredAction fulfils) {
        this.fulfils = fulfils;
    }

    /** The obligation a talk of this kind fulfils, if any. */
    public Optional<RequiredAction> fulfils() {
        return Optional.ofNullable(fulfils);
    }

    public static Optional<TalkKind> forAction(RequiredAction action) {
        for (TalkKind k : values()) {
            if (k.fulfils == action) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
