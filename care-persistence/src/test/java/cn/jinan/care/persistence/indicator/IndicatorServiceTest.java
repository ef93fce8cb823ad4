package cn.jinan.care.persistence.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.indicator.Indicator;
import cn.jinan.care.domain.indicator.IndicatorStatus.State;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A year's indicator list: every street of the scope, entered or not; an entry only for its level and once. */
@PersistenceTest
class IndicatorServiceTest {

    @Autowired
    TestTrees trees;
    @Autowired
    IndicatorService indicators;

    @Test
    void theYearListsEveryStreetInScopeEnteredOrNot() {
        TestTree tree = trees.newTree();
        Organization district = tree.district("历下区委");
        Organization first = tree.street(district, "解放路街道党工委");
        Organization second = tree.street(district, "千佛山街道党工委");
        Organization other = tree.street(tree.district("市中区委"), "大观园街道党工委");
        DataScope scope = DataScope.of(district);
        AuditActor.runAs("test", () -> indicators.enter(scope, UUID.randomUUID(), first.getId(), Indicator.R16, 2024,
                new BigDecimal("2"), null, "考核通知两份"));
        List<IndicatorRow> rows = indicators.year(scope, Indicator.R16, 2024, PageRequest.of(0, 10)).getContent();
        assertThat(rows).extracting(r -> r.organization().getName() + ":" + r.status().state())
                .containsExactly("解放路街道党工委:" + State.NOT_MET, "千佛山街道党工委:" + State.NOT_ENTERED);
        assertThat(rows).extracting(IndicatorRow::organization).doesNotContain(other);
        assertThatThrownBy(() -> AuditActor.runAs("test", () -> indicators.enter(scope, UUID.randomUUID(),
                first.getId(), Indicator.R16, 2024, BigDecimal.ONE, null, "再报")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("indicator.year.taken"));
        assertThatThrownBy(() -> AuditActor.runAs("test", () -> indicators.enter(scope, UUID.randomUUID(),
                district.getId(), Indicator.R16, 2024, BigDecimal.ONE, null, "区")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("indicator.organization.level"));
        assertThat(second).isNotNull();
    }
}
