package cn.jinan.care.domain.user;

import static cn.jinan.care.domain.shared.Entities.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

    private static final int MAX_ATTEMPTS = 5;
    private static final Duration LOCK_FOR = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2025-06-15T02:00:00Z");

    private final Organization org = withId(Organization.root("3701", "中共济南市委"), 1);

    private UserAccount user() {
        return UserAccount.create("zhang.san", "张三", Role.SECRETARY, org, "{bcrypt}hash", false);
    }

    private static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).isEqualTo(field);
            assertThat(e.getMessageKey()).isEqualTo(messageKey);
        });
    }

    private static void fail(UserAccount user, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            user.signInFailed(at, MAX_ATTEMPTS, LOCK_FOR);
        }
    }

    // ---- create

    @Test
    void createsEnabledUnlockedAccount() {
        Instant before = Instant.now();

        UserAccount user = UserAccount.create("zhang.san", "  张三 ", Role.ORG_DEPT, org, "{bcrypt}hash", true);

        assertThat(user.getUsername()).isEqualTo("zhang.san");
        assertThat(user.getDisplayName()).isEqualTo("张三");
        assertThat(user.getRole()).isEqualTo(Role.ORG_DEPT);
        assertThat(user.getOrganization()).isSameAs(org);
        assertThat(user.getPasswordHash()).isEqualTo("{bcrypt}hash");
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getFailedAttempts()).isZero();
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.isLocked(T0)).isFalse();
        assertThat(user.getLastLoginAt()).isNull();
        assertThat(user.getPasswordChangedAt()).isBetween(before, Instant.now());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a.b-c_d", "Admin01", "0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsValidUsername(String username) {
        assertThat(UserAccount.create(username, "某人", Role.ADMIN, org, "h", false).getUsername()).isEqualTo(username);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "ab",                  // too short
        "01234567890123456789012345678901234567890123456789012345678901234", // 65: too long
        "zhang san",           // blank inside
        " zhangsan",           // blank outside
        "zhang@san",
        "张三丰",
        "zhangsan\n",
    })
    void rejectsInvalidUsername(String username) {
        assertRefused(() -> UserAccount.create(username, "某人", Role.ADMIN, org, "h", false),
                "username", "user.username.invalid");
    }

    @Test
    void rejectsMissingDisplayNameRoleOrOrganization() {
        assertRefused(() -> UserAccount.create("zhangsan", " ", Role.ADMIN, org, "h", false),
                "displayName", "user.display-name.required");
        assertRefused(() -> UserAccount.create("zhangsan", "张三", null, org, "h", false),
                "role", "user.role.required");
        assertRefused(() -> UserAccount.create("zhangsan", "张三", Role.ADMIN, null, "h", false),
                "organizationId", "user.organization.required");
    }

    @Test
    void reassignsNameRoleAndOrganization() {
        UserAccount user = user();
        Organization other = withId(Organization.root("3702", "另一市委"), 2);

        user.assign(" 张三丰 ", Role.AUDITOR, other);

        assertThat(user.getDisplayName()).isEqualTo("张三丰");
        assertThat(user.getRole()).isEqualTo(Role.AUDITOR);
        assertThat(user.getOrganization()).isSameAs(other);
    }

    // ---- locking

    @Test
    void staysUnlockedAfterFourFailures() {
        UserAccount user = user();

        fail(user, 4, T0);

        assertThat(user.getFailedAttempts()).isEqualTo(4);
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.isLocked(T0)).isFalse();
    }

    @Test
    void locksOnTheFifthFailureForTheGivenDuration() {
        UserAccount user = user();
        fail(user, 4, T0);
        Instant fifth = T0.plusSeconds(30);

        user.signInFailed(fifth, MAX_ATTEMPTS, LOCK_FOR);

        assertThat(user.getLockedUntil()).isEqualTo(fifth.plus(LOCK_FOR));
        assertThat(user.isLocked(fifth)).isTrue();
    }

    @Test
    void isLockedUntilTheDurationHasPassed() {
        UserAccount user = user();
        fail(user, 5, T0);
        Instant until = T0.plus(LOCK_FOR);

        assertThat(user.isLocked(until.minusMillis(1))).isTrue();
        assertThat(user.isLocked(until)).isFalse();
        assertThat(user.isLocked(until.plusSeconds(1))).isFalse();
    }

    @Test
    void startsCountingAfreshOnceLocked() {
        UserAccount user = user();
        fail(user, 5, T0);

        assertThat(user.getFailedAttempts()).isZero();

        Instant afterLock = T0.plus(LOCK_FOR).plusSeconds(1);
        fail(user, 4, afterLock);
        assertThat(user.isLocked(afterLock)).isFalse();

        user.signInFailed(afterLock, MAX_ATTEMPTS, LOCK_FOR);
        assertThat(user.isLocked(afterLock)).isTrue();
        assertThat(user.getLockedUntil()).isEqualTo(afterLock.plus(LOCK_FOR));
    }

    @Test
    void honoursTheConfiguredNumberOfAttempts() {
        UserAccount user = user();

        user.signInFailed(T0, 1, Duration.ofHours(1));

        assertThat(user.isLocked(T0.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(user.isLocked(T0.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void signingInResetsTheFailureCount() {
        UserAccount user = user();
        fail(user, 4, T0);
        Instant signIn = T0.plusSeconds(60);

        user.signedIn(signIn);

        assertThat(user.getFailedAttempts()).isZero();
        assertThat(user.getLastLoginAt()).isEqualTo(signIn);

        fail(user, 4, signIn.plusSeconds(1));
        assertThat(user.isLocked(signIn.plusSeconds(1))).as("failures must be in a row").isFalse();
    }

    @Test
    void signingInClearsAnExpiredLock() {
        UserAccount user = user();
        fail(user, 5, T0);
        Instant later = T0.plus(LOCK_FOR).plusSeconds(1);

        user.signedIn(later);

        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.isLocked(later)).isFalse();
    }

    // ---- passwords and enabling

    @Test
    void resettingPasswordRequiresAChangeAtNextSignIn() {
        UserAccount user = user();
        fail(user, 5, T0);
        Instant before = Instant.now();

        user.resetPassword("{bcrypt}new");

        assertThat(user.getPasswordHash()).isEqualTo("{bcrypt}new");
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.getFailedAttempts()).isZero();
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.isLocked(T0.plusSeconds(1))).isFalse();
        assertThat(user.getPasswordChangedAt()).isBetween(before, Instant.now());
    }

    @Test
    void changingOwnPasswordLiftsTheRequirement() {
        UserAccount user = user();
        user.resetPassword("{bcrypt}temporary");

        user.changePassword("{bcrypt}mine");

        assertThat(user.getPasswordHash()).isEqualTo("{bcrypt}mine");
        assertThat(user.isMustChangePassword()).isFalse();
    }

    @Test
    void enablingClearsLockAndFailures() {
        UserAccount user = user();
        fail(user, 5, T0);
        fail(user, 2, T0);
        user.disable();

        assertThat(user.isEnabled()).isFalse();

        user.enable();

        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getFailedAttempts()).isZero();
        assertThat(user.isLocked(T0)).isFalse();
    }
}
