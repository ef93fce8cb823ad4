package cn.jinan.care.web.demo;

import cn.jinan.care.domain.user.Role;
import java.util.List;

/** The demo accounts: one for every role and scope. Listed in README; printed at start in demo mode. */
public final class DemoAccounts {

    /** The password of every demo account. Exists only in demo mode. */
    public static final String PASSWORD = "demo123456";

    public record Account(String username, String displayName, Role role, String organizationCode) {
    }

    public static final List<Account> ALL = List.of(
            new Account("admin", "系统管理员", Role.ADMIN, "JN"),
            new Account("auditor", "安全审计员", Role.AUDITOR, "JN"),
            new Account("city", "市委组织部 王明", Role.ORG_DEPT, "JN"),
            new Account("lixia", "历下区委组织部 李华", Role.ORG_DEPT, "JN01"),
            new Account("secretary1", "支部书记 张伟", Role.SECRETARY, "JN010101"),
            new Account("secretary2", "支部书记 刘芳", Role.SECRETARY, "JN010102"));

    private DemoAccounts() {
    }
}
