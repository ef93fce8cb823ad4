package cn.jinan.care.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.domain.user.UserAccount;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@PersistenceTest
class UserAccountServiceTest {

    private static final String HASH = "{noop}not-a-real-hash";

    @Autowired
    TestTrees trees;

    @Autowired
    UserAccountService users;

    @Autowired
    Clock clock;

    TestTree tree;
    Organization lixia;
    Organization branch;
    Organization shizhong;

    @BeforeEach
    void twoDistricts() {
        tree = trees.newTree();
        lixia = tree.district("历下区委");
        branch = tree.branch(tree.street(lixia, "解放路街道党工委"), "第一支部");
        shizhong = tree.district("市中区委");
    }

    @Test
    void fiveFailedSignInsInARowLockTheAccountForFifteenMinutes() {
        String username = user(branch, "secretary", Role.SECRETARY).getUsername();

        for (int i = 1; i < UserAccountService.MAX_FAILED_SIGN_INS; i++) {
            users.signInFailed(username);
        }
        assertThat(reload(username).isLocked(clock.instant())).as("after 4 failures").isFalse();
        users.signInFailed(username);

        UserAccount locked = reload(username);
        Instant now = clock.instant();
        assertThat(locked.isLocked(now)).as("after 5 failures").isTrue();
        assertThat(locked.getLockedUntil()).isBetween(now.plus(UserAccountService.LOCK_DURATION).minusSeconds(60),
                now.plus(UserAccountService.LOCK_DURATION));
        assertThat(locked.isLocked(now.plus(UserAccountService.LOCK_DURATION).plusSeconds(1))).isFalse();
    }

    @Test
    void aSuccessfulSignInUnlocksTheAccountAndStartsTheCountAgain() {
        String username = user(branch, "secretary", Role.SECRETARY).getUsername();
        for (int i = 0; i < UserAccountService.MAX_FAILED_SIGN_INS; i++) {
            users.signInFailed(username);
        }

        users.signedIn(username);

        UserAccount signedIn = reload(username);
        assertThat(signedIn.isLocked(clock.instant())).isFalse();
        assertThat(signedIn.getFailedAttempts()).isZero();
        assertThat(signedIn.getLastLoginAt()).isNotNull();
        for (int i = 1; i < UserAccountService.MAX_FAILED_SIGN_INS; i++) {
            users.signInFailed(username);
        }
        assertThat(reload(username).isLocked(clock.instant())).as("4 failures after the sign-in").isFalse();
    }

    @Test
    void signInBookkeepingForAnUnknownUsernameDoesNothing() {
        users.signInFailed(tree.prefix() + "-nobody");
        users.signedIn(tree.prefix() + "-nobody");

        assertThat(users.findByUsername(tree.prefix() + "-nobody")).isEmpty();
    }

    @Test
    void anAdministratorListsAndOpensTheUsersOfTheirSubtreeOnly() {
        UserAccount secretary = user(branch, "secretary", Role.SECRETARY);
        UserAccount lixiaDept = user(lixia, "lixia-dept", Role.ORG_DEPT);
        UserAccount shizhongDept = user(shizhong, "shizhong-dept", Role.ORG_DEPT);
        DataScope scope = DataScope.of(lixia);

        assertThat(users.list(scope, PageRequest.of(0, 20)).getContent()).extracting(UserAccount::getUsername)
                .as("ordered along the tree").containsExactly(lixiaDept.getUsername(), secretary.getUsername());
        assertThat(users.get(scope, secretary.getId()).getOrganization().getName()).isEqualTo("第一支部");
        assertThatThrownBy(() -> users.get(scope, shizhongDept.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.get(DataScope.of(branch), lixiaDept.getId()))
                .as("a user above the scope").isInstanceOf(NotFoundException.class);
        assertThat(users.list(DataScope.of(tree.root()), PageRequest.of(0, 2)).getTotalElements()).isEqualTo(3);
    }

    private UserAccount user(Organization organization, String name, Role role) {
        return users.createSystem(tree.prefix() + "-" + name, name, role, organization, HASH, false);
    }

    private UserAccount reload(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
