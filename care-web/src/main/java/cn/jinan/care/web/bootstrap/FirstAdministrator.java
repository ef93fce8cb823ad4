package cn.jinan.care.web.bootstrap;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.persistence.organization.OrganizationRepository;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.user.UserAccountService;
import cn.jinan.care.web.security.PasswordPolicy;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a database without users, creates the root organization (if missing) and the first administrator from
 * {@code CARE_ADMIN_USERNAME} and {@code CARE_ADMIN_PASSWORD}. There is no default password outside demo mode: without
 * those variables the app starts and says how to create the first administrator.
 */
@Component
@Order(20)
@RequiredArgsConstructor
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountService users;
    private final OrganizationRepository organizationRepository;
    private final OrganizationService organizations;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final Environment environment;

    @Override
    public void run(ApplicationArguments args) {
        if (users.any()) {
            return;
        }
        String username = environment.getProperty("care.bootstrap.admin-username", "");
        String password = environment.getProperty("care.bootstrap.admin-password", "");
        if (username.isBlank() || password.isBlank()) {
            log.warn("No user exists yet. Set CARE_ADMIN_USERNAME and CARE_ADMIN_PASSWORD and restart to create the"
                    + " first administrator.");
            return;
        }
        PasswordPolicy.problem(password, username).ifPresent(problem -> {
            throw new IllegalStateException("CARE_ADMIN_PASSWORD is too weak (" + problem + "): at least "
                    + PasswordPolicy.MIN_LENGTH + " characters with letters and digits, not containing the username");
        });
        AuditActor.runAs(AuditActor.SYSTEM, () -> {
            transactions.executeWithoutResult(status -> {
                Organization root = organizationRepository.findAll().stream()
                        .filter(o -> o.getParentId() == null).findFirst()
                        .orElseGet(() -> organizations.createRoot(
                                environment.getProperty("care.bootstrap.root-code", "JN"),
                                environment.getProperty("care.bootstrap.root-name", "中共济南市委员会")));
                users.createSystem(username, username, Role.ADMIN, root, passwordEncoder.encode(password), false);
            });
        });
        log.info("Created the first administrator '{}'", username);
    }
}
