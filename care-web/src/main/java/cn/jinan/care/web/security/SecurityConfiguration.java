package cn.jinan.care.web.security;

import cn.jinan.care.domain.shared.AuditActor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open what. Routes are guarded by role here; which records a role sees is decided by the data scope in every
 * query (see {@code DataScope}), never by hiding links.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            cn.jinan.care.persistence.user.UserAccountRepository users) throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/error/**", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**", "/rules/parameters/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/rules").authenticated()
                        .requestMatchers("/audit/**").hasRole("AUDITOR")
                        // 第17–19条: the party committee's and discipline side's cases (see web.fairness.FairnessAccess)
                        .requestMatchers("/fault-tolerance/**", "/accountability/**", "/clarifications/**")
                        .hasRole("ORG_DEPT")
                        // honors, medals and sanctions are decided above the branch: the organization department
                        // records them, a branch secretary reads those of the branch
                        .requestMatchers("/honors/new", "/honors/*/edit", "/sanctions/new", "/sanctions/*/edit")
                        .hasRole("ORG_DEPT")
                        .requestMatchers(HttpMethod.POST, "/honors/**", "/medals/**", "/sanctions/**")
                        .hasRole("ORG_DEPT")
                        .requestMatchers("/honors/**", "/medals/**", "/sanctions/**").hasAnyRole("SECRETARY", "ORG_DEPT")
                        // 第14、15、16、25条 indicators and 第13条 training plans: the organization department; 第3、4、23条
                        // activities: a branch secretary for the branch, the organization department for its subtree
                        .requestMatchers("/indicators/**", "/training-plans/**").hasRole("ORG_DEPT")
                        .requestMatchers("/activities/**").hasAnyRole("SECRETARY", "ORG_DEPT")
                        // 第12条 secondments and 第7条 delegates' proposals and sessions: the organization department
                        // manages them in its subtree; a branch secretary reads the branch's
                        .requestMatchers("/secondments/new", "/secondments/*/edit", "/delegates/*/new",
                                "/delegates/*/*/edit", "/delegates/*/*/steps/**").hasRole("ORG_DEPT")
                        .requestMatchers(HttpMethod.POST, "/secondments/**", "/delegates/**").hasRole("ORG_DEPT")
                        .requestMatchers("/secondments/**", "/delegates/**").hasAnyRole("SECRETARY", "ORG_DEPT")
                        // 第6条 suggestions: a branch secretary receives and handles the branch's, the organization
                        // department its subtree's
                        .requestMatchers("/suggestions/**").hasAnyRole("SECRETARY", "ORG_DEPT")
                        // issue 6 compliance dashboard and scorecard: care data, so not the administrator or auditor
                        .requestMatchers("/dashboard", "/dashboard/**").hasAnyRole("SECRETARY", "ORG_DEPT")
                        .requestMatchers("/old-members/standards/**")
                        .hasAnyRole("SECRETARY", "ORG_DEPT", "ADMIN")
                        // issue 6 year-end lists: they name hardship members and bereaved families, so the roles of
                        // those registers — a branch secretary for the branch, the organization department its subtree
                        .requestMatchers(HttpMethod.GET, "/year-end", "/year-end/**").hasAnyRole("SECRETARY", "ORG_DEPT")
                        // issue 7 imports: whoever may add members and study hours in their scope
                        .requestMatchers("/imports", "/imports/**").hasAnyRole("SECRETARY", "ORG_DEPT")
                        .requestMatchers("/members/**", "/old-members/**", "/talks/**", "/visits/**", "/study/**", "/lectures/**",
                                "/obligations/**", "/exemptions/**", "/hardship/**", "/aid/**", "/recuperation/**",
                                "/health/**", "/counseling/**", "/casualty/**").hasAnyRole("SECRETARY", "ORG_DEPT")
                        // 第27条 visit campaigns: the organization department plans, opens and closes them; a branch
                        // secretary follows their branch's coverage. Not the administrator: the targets are hardship
                        // members, which system administration does not see (separation of duties)
                        .requestMatchers("/campaigns/new", "/campaigns/*/edit").hasRole("ORG_DEPT")
                        .requestMatchers(HttpMethod.GET, "/campaigns", "/campaigns/**")
                        .hasAnyRole("SECRETARY", "ORG_DEPT")
                        .requestMatchers("/campaigns", "/campaigns/**").hasRole("ORG_DEPT")
                        // 年度报表 (issue 7): the organization department and administrators export the reports of their
                        // subtree, a branch secretary the branch's; each user's jobs and files are their own
                        .requestMatchers("/reports", "/reports/**").hasAnyRole("SECRETARY", "ORG_DEPT", "ADMIN")
                        .requestMatchers("/organizations/*/edit", "/organizations/*/children/new").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/organizations/**")
                        .hasAnyRole("SECRETARY", "ORG_DEPT", "ADMIN")
                        .requestMatchers("/organizations/**").hasRole("ADMIN")
                        .requestMatchers("/", "/account/**").authenticated()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().denyAll())
                // an import upload over the size limit must reach the page that says so (see the handler)
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new UploadCsrfTokenRequestHandler()))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(SignInHandlers.success())
                        .failureHandler(SignInHandlers.failure())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true)
                        .deleteCookies("SESSION"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .addFilterAfter(new AccountChangedFilter(users), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(), AccountChangedFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so that the algorithm can be changed later without a migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The audit trail records the signed-in user as the actor. */
    @Bean
    InitializingBean auditActorResolver() {
        return () -> AuditActor.install(() -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())
                    ? null : auth.getName();
        });
    }
}
