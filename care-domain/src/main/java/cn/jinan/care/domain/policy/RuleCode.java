package cn.jinan.care.domain.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rule codes of POLICY.md, with the article each comes from. The code ({@link #code()}) is what people read in
 * the UI, the database and reports: "R08-TALK-ON-EVENT (第8条)".
 */
public enum RuleCode {
    R03_TRAINING_HOURS("R03-TRAINING-HOURS", 3, RuleKind.QUOTA),
    R04_LECTURES("R04-LECTURES", 4, RuleKind.QUOTA),
    R07_DELEGATE_PROPOSAL("R07-DELEGATE-PROPOSAL", 7, RuleKind.ADVISORY),
    R08_SUPERIOR_TALKS("R08-SUPERIOR-TALKS", 8, RuleKind.QUOTA),
    R08_TALK_ON_EVENT("R08-TALK-ON-EVENT", 8, RuleKind.EVENT_OBLIGATION),
    R09_MEDAL_50("R09-MEDAL-50", 9, RuleKind.EVENT_OBLIGATION),
    R09_POLITICAL_BIRTHDAY("R09-POLITICAL-BIRTHDAY", 9, RuleKind.ADVISORY),
    R14_RECRUIT_QUOTA("R14-RECRUIT-QUOTA", 14, RuleKind.ORGANIZATION_INDICATOR),
    R15_GRASSROOTS_BONUS("R15-GRASSROOTS-BONUS", 15, RuleKind.ORGANIZATION_INDICATOR),
    R16_ONE_ASSESSMENT("R16-ONE-ASSESSMENT", 16, RuleKind.ORGANIZATION_INDICATOR),
    R18_FOUR_MUSTS("R18-FOUR-MUSTS", 18, RuleKind.EVENT_OBLIGATION),
    R20_IMPACT_PERIOD("R20-IMPACT-PERIOD", 20, RuleKind.EVENT_OBLIGATION),
    R21_RECUPERATION("R21-RECUPERATION", 21, RuleKind.ADVISORY),
    R22_HEALTH_CHECK("R22-HEALTH-CHECK", 22, RuleKind.QUOTA),
    R25_FIVE_SMALL("R25-FIVE-SMALL", 25, RuleKind.ORGANIZATION_INDICATOR),
    R26_OLD_MEMBER_VISIT("R26-OLD-MEMBER-VISIT", 26, RuleKind.EVENT_OBLIGATION),
    R27_HOLIDAY_VISIT("R27-HOLIDAY-VISIT", 27, RuleKind.EVENT_OBLIGATION),
    R27_EMERGENCY_VISIT("R27-EMERGENCY-VISIT", 27, RuleKind.EVENT_OBLIGATION),
    R28_FAMILY_FOLLOW_UP("R28-FAMILY-FOLLOW-UP", 28, RuleKind.EVENT_OBLIGATION),
    R29_END_OF_LIFE("R29-END-OF-LIFE", 29, RuleKind.EVENT_OBLIGATION),
    R29_CONDOLENCE("R29-CONDOLENCE", 29, RuleKind.EVENT_OBLIGATION);

    private final String code;
    private final int article;
    private final RuleKind kind;

    RuleCode(String code, int article, RuleKind kind) {
        this.code = code;
        this.article = article;
        this.kind = kind;
    }

    /** The code as people write it, e.g. {@code R08-TALK-ON-EVENT}. */
    public String code() {
        return code;
    }

    public int article() {
        return article;
    }

    public RuleKind kind() {
        return kind;
    }

    public static Optional<RuleCode> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
