package cn.jinan.care.domain.casualty;

/** What the family member form holds. */
public record FamilyMemberDetails(FamilyRelation relation, String name, Integer birthYear, String incomeSource,
        String pension, String medical, String schoolingOrEmployment) {
}
