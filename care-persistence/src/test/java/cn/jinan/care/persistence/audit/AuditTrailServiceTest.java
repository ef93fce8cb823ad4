package cn.jinan.care.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.audit.AuditTrailService.Entry;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.testdata.MemberProfiles;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceTest
class AuditTrailServiceTest {

    @Autowired
    TestTrees trees;

    @Autowired
    MemberService members;

    @Autowired
    AuditTrailService auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void revisionsArePagedNewestFirst() {
        TestTree tree = trees.newTree();
        Organization branch = tree.branch(tree.street(tree.district("历下区委"), "解放路街道党工委"), "第一支部");
        DataScope scope = DataScope.of(branch);
        Member member = tree.member(branch, "张建国");
        long version = member.getVersion();
        for (String phone : List.of("13800000001", "13800000002", "13800000003")) {
            long seen = version;
            AuditActor.runAs("tester", () -> members.update(scope, member.getId(), seen, branch.getId(),
                    MemberProfiles.from(member.profile()).phone(phone).build()));
            version++;
        }
        List<Long> memberRevisions = jdbc.queryForList("select rev from member_aud where id = ? order by rev desc",
                Long.class, member.getId());

        Page<Entry> first = auditTrail.revisions(PageRequest.of(0, 2));
        Page<Entry> second = auditTrail.revisions(PageRequest.of(1, 2));

        assertThat(first.getContent()).hasSize(2);
        assertThat(first.getContent().get(0)).satisfies(newest -> {
            assertThat(newest.revision()).isEqualTo(memberRevisions.get(0));
            assertThat(newest.recordType()).isEqualTo("member");
            assertThat(newest.recordId()).isEqualTo(member.getId());
            assertThat(newest.revType()).as("MOD").isEqualTo(1);
            assertThat(newest.username()).isEqualTo("tester");
        });
        List<Entry> both = new ArrayList<>(first.getContent());
        both.addAll(second.getContent());
        assertThat(both).extracting(Entry::revision).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(both).extracting(Entry::revision).startsWith(memberRevisions.get(0), memberRevisions.get(1),
                memberRevisions.get(2));
        assertThat(first.getTotalElements()).isEqualTo(second.getTotalElements()).isEqualTo(jdbc.queryForObject("""
                select (select count(*) from member_aud) + (select count(*) from member_event_aud)
                     + (select count(*) from organization_aud) + (select count(*) from app_user_aud)
                """, Long.class));
    }
}
