package cn.jinan.care.domain.member;

/**
 * The flags the rules read (POLICY.md, "Who is who"): leading cadre (党员领导干部, R04), grassroots front line (R08),
 * household, retired and without pension (R26), party congress delegate (article 7), street/town staff (R15).
 */
public record MemberFlags(
        boolean leadingCadre,
        boolean grassroots,
        Household household,
        boolean retired,
        boolean withoutPension,
        DelegateLevel delegateLevel,
        boolean streetStaff) {

    public MemberFlags {
        household = household == null ? Household.URBAN : household;
        delegateLevel = delegateLevel == null ? DelegateLevel.NONE : delegateLevel;
    }

    public static MemberFlags none() {
        return new MemberFlags(false, false, Household.URBAN, false, false, DelegateLevel.NONE, false);
    }

    public boolean delegate() {
        return delegateLevel != DelegateLevel.NONE;
    }
}
