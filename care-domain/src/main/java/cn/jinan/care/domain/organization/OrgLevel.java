package cn.jinan.care.domain.organization;

/**
 * The levels of the organization tree, top down, as POLICY.md names them. A level may only sit under a higher one.
 */
public enum OrgLevel {
    /** 市委. */
    MUNICIPAL(0),
    /** 区县党委, and the party groups/committees of municipal departments. */
    DISTRICT(1),
    /** 街镇党委, park and enterprise committees. */
    STREET(2),
    /** 党总支. */
    GENERAL_BRANCH(3),
    /** 党支部: the unit a secretary works on. */
    BRANCH(4),
    /** 党小组. */
    GROUP(5);

    private final int rank;

    OrgLevel(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** Whether an organization of this level may be placed directly under one of {@code parent} level. */
    public boolean mayBeUnder(OrgLevel parent) {
        return parent != null && parent.rank < rank && this != MUNICIPAL;
    }

    /** Whether members are kept on organizations of this level (branches, and general branches without branches). */
    public boolean holdsMembers() {
        return this == BRANCH || this == GENERAL_BRANCH || this == GROUP;
    }
}
