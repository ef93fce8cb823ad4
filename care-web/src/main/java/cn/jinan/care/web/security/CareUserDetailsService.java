package cn.jinan.care.web.security;

import cn.jinan.care.persistence.user.UserAccountService;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class CareUserDetailsService implements UserDetailsService {

    private final UserAccountService users;
    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(account -> CareUser.of(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
