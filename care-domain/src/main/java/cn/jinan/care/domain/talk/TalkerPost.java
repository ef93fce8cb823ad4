package cn.jinan.care.domain.talk;

/** The post of the person who held the talk. */
public enum TalkerPost {
    BRANCH_SECRETARY, BRANCH_COMMITTEE_MEMBER, SUPERIOR_RESPONSIBLE, LEADING_CADRE, ORG_DEPT_OFFICER, OTHER
}
