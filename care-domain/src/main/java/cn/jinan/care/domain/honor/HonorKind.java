package cn.jinan.care.domain.honor;

import java.util.Arrays;
import java.util.List;

/**
 * What an honor is (第9、10条). A kind is given either to a member or to an organization; the 50-year medal is given
 * through the medal list only, once in a member's life.
 */
public enum HonorKind {
    /** 光荣在党50年纪念章. */
    MEDAL_50(true, false),
    /** 优秀共产党员. */
    OUTSTANDING_MEMBER(true, false),
    /** 优秀党务工作者. */
    OUTSTANDING_PARTY_WORKER(true, false),
    /** 出彩型好党员好干部. */
    SHINING_MEMBER_CADRE(true, false),
    /** 荣誉称号 (named in the title). */
    HONORARY_TITLE(true, true),
    /** 先进基层党组织. */
    ADVANCED_ORGANIZATION(false, false),
    /** 命名的先进团队 (named in the title). */
    NAMED_TEAM(false, true),
    /** 党员工作室 (named in the title). */
    STUDIO(false, true),
    /** 组织的其他荣誉称号, e.g. a named group (named in the title). */
    ORGANIZATION_TITLE(false, true);

    private final boolean forMember;
    private final boolean titleRequired;

    HonorKind(boolean forMember, boolean titleRequired) {
        this.forMember = forMember;
        this.titleRequired = titleRequired;
    }

    public boolean forMember() {
        return forMember;
    }

    /** Whether the kind alone does not say what the honor is, so its title must be given. */
    public boolean titleRequired() {
        return titleRequired;
    }

    /** The kinds the honor form offers for members (the medal has its own list). */
    public static List<HonorKind> memberKinds() {
        return Arrays.stream(values()).filter(k -> k.forMember && k != MEDAL_50).toList();
    }

    public static List<HonorKind> organizationKinds() {
        return Arrays.stream(values()).filter(k -> !k.forMember).toList();
    }
}
