package cn.jinan.care.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail is append-only for the application's own database user (等保 2.0 安全审计: records protected from
 * deletion and change): every revision table, the revision log and the sensitive-read log refuse UPDATE, DELETE and
 * TRUNCATE, including tables that later migrations add (the rule is re-applied after every migration).
 */
@PersistenceTest
class AuditAppendOnlyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestTrees trees;

    @Test
    void everyAuditTableRefusesUpdatesDeletesAndTruncation() {
        List<String> tables = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind = 'r'
                   and (c.relname like '%\\_aud' or c.relname in ('revinfo', 'sensitive_read'))
                 order by 1
                """, String.class);
        assertThat(tables).contains("revinfo", "sensitive_read", "member_aud", "talk_aud", "visit_aud")
                .hasSizeGreaterThan(30);
        for (String table : tables) {
            List<String> triggers = jdbc.queryForList("select tgname from pg_trigger where tgrelid = ?::regclass"
                    + " and not tgisinternal and tgenabled <> 'D'", String.class, table);
            assertThat(triggers).as(table).contains("tr_" + table + "_append_only", "tr_" + table + "_no_truncate");
        }
    }

    @Test
    void aRevisionCannotBeChangedOrRemoved() {
        TestTree tree = trees.newTree();
        AuditActor.runAs("tester", () -> tree.member(tree.branch(tree.district("区"), "支部"), "张审计"));
        Long rev = jdbc.queryForObject("select max(rev) from member_aud", Long.class);

        assertThatThrownBy(() -> jdbc.update("update member_aud set name = '改过' where rev = ?", rev))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from member_aud where rev = ?", rev))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from revinfo where id = ?", rev))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.execute("truncate sensitive_read"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from member_aud where rev = ?", Long.class, rev)).isOne();
    }
}
