package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.imports.ImportColumn;
import cn.jinan.care.domain.imports.ImportRow;
import cn.jinan.care.domain.imports.RowIssue;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.persistence.scope.DataScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The problems of one row: those found reading it, and those the database adds. */
final class RowProblems<C extends Enum<C> & ImportColumn> {

    private final ImportRow<C> row;
    private final List<RowIssue> issues;

    RowProblems(ImportRow<C> row, List<RowIssue> read) {
        this.row = row;
        this.issues = new ArrayList<>(read);
    }

    void add(C column, String messageKey, Object... arguments) {
        issues.add(new RowIssue(row.number(), column, row.raw(column), messageKey, Arrays.asList(arguments)));
    }

    boolean any() {
        return !issues.isEmpty();
    }

    List<RowIssue> list() {
        return issues;
    }

    int row() {
        return row.number();
    }

    /**
     * The organization a code names, if it exists, lies in the scope, keeps members and is active; otherwise a
     * problem on {@code column} and {@code null}.
     */
    Organization organization(C column, String code, Map<String, Organization> byCode, DataScope scope) {
        Organization org = code == null ? null : byCode.get(code);
        if (code == null) {
            return null;
        }
        if (org == null) {
            add(column, "imports.org.unknown", code);
        } else if (!scope.covers(org)) {
            add(column, "imports.org.out-of-scope", code);
        } else if (!org.getLevel().holdsMembers()) {
            add(column, "member.organization.not-branch");
        } else if (!org.isActive()) {
            add(column, "imports.org.inactive", code);
        } else {
            return org;
        }
        return null;
    }

    /** Row numbers for a message, without this row's: "3、7". */
    String others(List<Integer> rows) {
        return rows.stream().filter(r -> r != row.number()).map(String::valueOf).collect(Collectors.joining("、"));
    }
}
