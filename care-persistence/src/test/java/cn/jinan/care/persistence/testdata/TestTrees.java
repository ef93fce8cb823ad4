package cn.jinan.care.persistence.testdata;

import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.organization.OrganizationService;
import java.time.Clock;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Starts a new {@link TestTree} for a test. */
@Component
@RequiredArgsConstructor
public class TestTrees {

    private final OrganizationService organizations;
    private final MemberRepository members;
    private final Clock clock;

    /** A tree of its own: a municipal root whose code, like every code below it, no other tree uses. */
    public TestTree newTree() {
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
        return new TestTree(prefix, organizations.createRoot(prefix, "测试市委" + prefix), organizations, members,
                clock);
    }
}
