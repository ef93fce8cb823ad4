package cn.jinan.care.domain.user;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A user account. The password is stored only as a hash; failed sign-ins lock the account for a while; a password set
 * by an administrator must be changed at the next sign-in.
 */
@Entity
@Table(name = "app_user")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UserAccount extends BaseEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization organization;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** 第24条: may read counseling contents (still only of members in scope). Granted by an administrator. */
    @Column(name = "counseling_permission", nullable = false)
    private boolean counselingPermission;

    @NotAudited
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @NotAudited
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    public static UserAccount create(String username, String displayName, Role role, Organization organization,
            String passwordHash, boolean mustChangePassword) {
        UserAccount user = new UserAccount();
        if (username == null || !username.matches("[A-Za-z0-9_.-]{3,64}")) {
            throw DomainException.onField("username", "user.username.invalid");
        }
        user.username = username;
        user.assign(displayName, role, organization);
        user.passwordHash = passwordHash;
        user.mustChangePassword = mustChangePassword;
        user.passwordChangedAt = Instant.now();
        return user;
    }

    /** Sets what an administrator edits: the name shown, the role and the organization. */
    public void assign(String newDisplayName, Role newRole, Organization newOrganization) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw DomainException.onField("displayName", "user.display-name.required");
        }
        if (newRole == null) {
            throw DomainException.onField("role", "user.role.required");
        }
        if (newOrganization == null) {
            throw DomainException.onField("organizationId", "user.organization.required");
        }
        this.displayName = newDisplayName.strip();
        this.role = newRole;
        this.organization = newOrganization;
    }

    /** An administrator sets a new password: the user must choose their own at the next sign-in. */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.passwordChangedAt = Instant.now();
    }

    /** The user chose a new password. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordChangedAt = Instant.now();
    }

    public void grantCounseling() {
        this.counselingPermission = true;
    }

    public void revokeCounseling() {
        this.counselingPermission = false;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** Counts a failed sign-in; the {@code maxAttempts}-th in a row locks the account for {@code lockFor}. */
    public void signInFailed(Instant now, int maxAttempts, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    public void signedIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
