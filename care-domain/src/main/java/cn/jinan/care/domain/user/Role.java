package cn.jinan.care.domain.user;

/**
 * What a user does. Admin, security-relevant and audit duties are separate roles (三权分立): the administrator
 * manages users, organizations and parameters but reads no sensitive record; the auditor reads only the audit trail.
 */
public enum Role {
    /** 支部书记: works on their own branch. */
    SECRETARY,
    /** 组织部: sees their organization's whole subtree. */
    ORG_DEPT,
    /** 系统管理员: users, organizations, rule parameters, exports. */
    ADMIN,
    /** 安全审计员: reads the audit trail only. */
    AUDITOR;

    /** Whether the role works with members' records (and so has a data scope over members). */
    public boolean worksWithMembers() {
        return this == SECRETARY || this == ORG_DEPT;
    }
}
