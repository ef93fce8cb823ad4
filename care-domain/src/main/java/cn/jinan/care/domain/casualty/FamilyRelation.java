package cn.jinan.care.domain.casualty;

/** A family member's relation to the member (第28条 names parents, spouse and children). */
public enum FamilyRelation {
    PARENT, SPOUSE, CHILD, OTHER
}
