package cn.jinan.care.web.security;

import cn.jinan.care.domain.user.Role;
import cn.jinan.care.domain.user.UserAccount;
import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the session keeps it. Only ids: the organization's path (the data scope) is read fresh on
 * every request, so moving organizations takes effect at once.
 */
public record CareUser(
        long id,
        String username,
        String displayName,
        Role role,
        long organizationId,
        String passwordHash,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword) implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    public static CareUser of(UserAccount account, Instant now) {
        return new CareUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getOrganization().getId(), account.getPasswordHash(), account.isEnabled(),
                account.isLocked(now), account.isMustChangePassword());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The credentials are not kept in the session once signed in. */
    public CareUser withoutPassword() {
        return new CareUser(id, username, displayName, role, organizationId, "", enabled, locked, mustChangePassword);
    }
}
