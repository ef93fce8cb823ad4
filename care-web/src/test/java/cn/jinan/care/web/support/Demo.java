package cn.jinan.care.web.support;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.organization.OrganizationRepository;
import cn.jinan.care.web.security.CareUser;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo dataset as tests see it: the demo accounts as signed-in users, and organizations and members by code.
 */
@Component
public class Demo {

    @Autowired
    private UserDetailsService userDetailsService;
    @Autowired
    private OrganizationRepository organizations;
    @Autowired
    private MemberRepository members;

    /** Signs the request in as a demo account (secretary1, secretary2, lixia, city, admin, auditor). */
    public RequestPostProcessor as(String username) {
        return user((CareUser) userDetailsService.loadUserByUsername(username));
    }

    public Organization org(String code) {
        return organizations.findByCode(code).orElseThrow(() -> new AssertionError("no organization " + code));
    }

    /** Some active member of the organization with this code (not of organizations below it). */
    @Transactional(readOnly = true)
    public Member memberOf(String code) {
        long orgId = org(code).getId();
        List<Member> found = members.findAll().stream()
                .filter(m -> m.getOrganization().getId() == orgId && m.isActive()).limit(1).toList();
        if (found.isEmpty()) {
            throw new AssertionError("no member in " + code);
        }
        return found.get(0);
    }
}
