package cn.jinan.care.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.reports.yearly.MemberSource;
import cn.jinan.care.reports.yearly.YearlyReportData;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The city's member table is fed to the writer from a forward-only database cursor: the statement has a fetch size,
 * the rows are read in a read-only transaction with auto-commit off (the two conditions under which the PostgreSQL
 * driver fetches a batch at a time instead of the whole result), and each row reaches the sink while the cursor is
 * open. How much heap a city-wide export takes is measured by the benchmark, not here.
 */
@CareWebTest
class MemberCursorTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private YearlyReportData data;
    @Autowired
    private ComplianceService compliance;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private Demo demo;

    @Test
    void theCitysMembersStreamFromACursorInAReadOnlyTransaction() throws Exception {
        compliance.ensureCurrent(TODAY);
        long city = demo.org("JN").getId();
        DataScope scope = DataScope.of(demo.org("JN"));
        int year = TODAY.getYear();
        long expected = data.memberCount(scope, city, year);
        assertThat(data.fetchSize()).isEqualTo(YearlyReportData.FETCH_SIZE);
        assertThat(expected).as("more rows than one fetch").isGreaterThan(YearlyReportData.FETCH_SIZE);

        List<RuleCode> obligations = YearlyReportData.rules(Set.of()).stream()
                .filter(r -> r.kind() == cn.jinan.care.domain.policy.RuleKind.EVENT_OBLIGATION).toList();
        MemberSource members = data.members(scope, city, year, obligations, TODAY);
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
        AtomicLong seen = new AtomicLong();
        boolean[] checked = {false};
        members.stream(row -> {
            if (seen.incrementAndGet() == 1) {
                assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
                assertThat(TransactionSynchronizationManager.isCurrentTransactionReadOnly()).isTrue();
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    assertThat(connection.getAutoCommit()).isFalse();
                    assertThat(connection.isReadOnly()).isTrue();
                } catch (java.sql.SQLException e) {
                    throw new AssertionError(e);
                }
                checked[0] = true;
            }
            assertThat(row.maskedIdNumber()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
            assertThat(row.open()).hasSize(obligations.size());
        });
        assertThat(checked[0]).isTrue();
        assertThat(seen.get()).isEqualTo(expected);
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
    }
}
