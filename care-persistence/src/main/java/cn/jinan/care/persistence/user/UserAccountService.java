package cn.jinan.care.persistence.user;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.domain.user.UserAccount;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts. Passwords arrive hashed: hashing is the security layer's business. An administrator manages the
 * users of their own subtree only.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class UserAccountService {

    /** 5 failed sign-ins in a row lock the account for 15 minutes. */
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final UserAccountRepository users;
    private final OrganizationService organizations;
    private final Clock clock;

    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    public Page<UserAccount> list(DataScope scope, Pageable pageable) {
        return users.findInScope(scope.likePattern(), pageable);
    }

    public UserAccount get(DataScope scope, long id) {
        return users.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("user", id));
    }

    public boolean any() {
        return users.count() > 0;
    }

    @Transactional
    public UserAccount create(DataScope scope, String username, String displayName, Role role, long organizationId,
            String passwordHash, boolean mustChangePassword) {
        return create(scope, username, displayName, role, organizationId, passwordHash, mustChangePassword, false);
    }

    /** As above, with the counseling permission (第24条) granted from the start or not. */
    @Transactional
    public UserAccount create(DataScope scope, String username, String displayName, Role role, long organizationId,
            String passwordHash, boolean mustChangePassword, boolean counselingPermission) {
        Organization org = organizations.get(scope, organizationId);
        if (username != null && users.existsByUsername(username)) {
            throw DomainException.onField("username", "user.username.taken");
        }
        UserAccount user = UserAccount.create(username, displayName, role, org, passwordHash, mustChangePassword);
        if (counselingPermission) {
            user.grantCounseling();
        }
        return users.save(user);
    }

    /** Creates a user without a scope check: for the first administrator and demo accounts at start-up. */
    @Transactional
    public UserAccount createSystem(String username, String displayName, Role role, Organization organization,
            String passwordHash, boolean mustChangePassword) {
        return users.save(UserAccount.create(username, displayName, role, organization, passwordHash,
                mustChangePassword));
    }

    @Transactional
    public UserAccount update(DataScope scope, long id, long expectedVersion, String displayName, Role role,
            long organizationId, boolean enabled) {
        return update(scope, id, expectedVersion, displayName, role, organizationId, enabled,
                get(scope, id).isCounselingPermission());
    }

    /** As above, and grants or revokes the counseling permission (第24条). */
    @Transactional
    public UserAccount update(DataScope scope, long id, long expectedVersion, String displayName, Role role,
            long organizationId, boolean enabled, boolean counselingPermission) {
        UserAccount user = get(scope, id);
        Versions.require(user, expectedVersion);
        if (counselingPermission) {
            user.grantCounseling();
        } else {
            user.revokeCounseling();
        }
        user.assign(displayName, role, organizations.get(scope, organizationId));
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        return user;
    }

    @Transactional
    public void resetPassword(DataScope scope, long id, String newHash) {
        get(scope, id).resetPassword(newHash);
    }

    @Transactional
    public void changeOwnPassword(String username, String newHash) {
        users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username))
                .changePassword(newHash);
    }

    @Transactional
    public void signInFailed(String username) {
        users.findByUsername(username)
                .ifPresent(u -> u.signInFailed(clock.instant(), MAX_FAILED_SIGN_INS, LOCK_DURATION));
    }

    @Transactional
    public void signedIn(String username) {
        users.findByUsername(username).ifPresent(u -> u.signedIn(clock.instant()));
    }
}
