package cn.jinan.care.persistence.audit;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.audit.Change.FieldChange;
import cn.jinan.care.persistence.audit.Change.Kind;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.testdata.MemberProfiles;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class HistoryServiceTest {

    @Autowired
    TestTrees trees;

    @Autowired
    MemberService members;

    @Autowired
    HistoryService history;

    @Test
    void aMembersHistoryListsEachChangedFieldBeforeAndAfterNewestFirstWithWhoChangedIt() {
        TestTree tree = trees.newTree();
        Organization branch = tree.branch(tree.street(tree.district("历下区委"), "解放路街道党工委"), "第一支部");
        DataScope scope = DataScope.of(branch);
        AtomicReference<Member> created = new AtomicReference<>();
        AuditActor.runAs("creator", () -> created.set(members.create(scope, branch.getId(),
                aMember().name("张建国").phone("13800000001").build())));
        Member member = created.get();

        AuditActor.runAs("tester", () -> members.update(scope, member.getId(), member.getVersion(), branch.getId(),
                MemberProfiles.from(member.profile()).name("张建华").phone("13900000002").build()));

        List<Change> changes = history.ofMember(member.getId());
        assertThat(changes).extracting(Change::kind).containsExactly(Kind.CHANGED, Kind.CREATED);
        Change latest = changes.get(0);
        assertThat(latest.username()).isEqualTo("tester");
        assertThat(latest.fields()).containsExactly(
                new FieldChange("name", "张建国", "张建华"),
                new FieldChange("phone", "13800000001", "13900000002"));
        Change creation = changes.get(1);
        assertThat(creation.username()).isEqualTo("creator");
        assertThat(creation.revision()).isLessThan(latest.revision());
        assertThat(creation.at()).isBeforeOrEqualTo(latest.at());
        assertThat(creation.fields()).contains(
                new FieldChange("organization", null, "第一支部"),
                new FieldChange("name", null, "张建国"),
                new FieldChange("idNumber", null, member.getIdNumber().masked()));
    }
}
