package cn.jinan.care.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.talk.TalkDetails;
import cn.jinan.care.domain.talk.TalkKind;
import cn.jinan.care.domain.talk.TalkerPost;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.talk.TalkService;
import cn.jinan.care.persistence.user.UserAccountService;
import cn.jinan.care.web.demo.DemoAccounts;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The data scope as a signed-in user meets it over HTTP, in the cases similar systems got wrong: a user whose scope
 * starts below the district (a street committee's organization department), a sub-organization added while the user is
 * signed in, a member moved between branches, and an organization outside the scope chosen in any filter or form.
 * Each user signs in with the login form and keeps the session cookie, so the scope is the one the application builds
 * for a real session, not one a test hands it.
 */
@CareWebTest
class DataScopeOverHttpTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String PASSWORD = "street-office-42";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private UserAccountService users;
    @Autowired
    private OrganizationService organizations;
    @Autowired
    private TalkService talks;
    @Autowired
    private MemberRepository memberRepository;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    /** A user of the organization department of the street committee JN0101, made as an administrator makes one. */
    private String streetOfficer() {
        String username = "street" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        AuditActor.runAs("admin", () -> users.create(DataScope.of(demo.org("JN")), username, "街道组织委员 测试",
                Role.ORG_DEPT, demo.org("JN0101").getId(), passwordEncoder.encode(PASSWORD), false));
        return username;
    }

    /** Signs in with the login form; the session cookie of the signed-in session. */
    private Cookie signIn(String username, String password) throws Exception {
        MvcResult login = mvc.perform(formLogin().user(username).password(password)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("%s signs in", username).isEqualTo("/");
        Cookie cookie = login.getResponse().getCookie("SESSION");
        assertThat(cookie).as("the session cookie").isNotNull();
        return cookie;
    }

    private MockHttpServletResponse open(Cookie session, String url) throws Exception {
        return mvc.perform(get(url).cookie(session)).andReturn().getResponse();
    }

    private int status(Cookie session, String url) throws Exception {
        return open(session, url).getStatus();
    }

    private String page(Cookie session, String url) throws Exception {
        MockHttpServletResponse response = open(session, url);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The first branch in the subtree of the organization with this code. */
    private Organization branchUnder(String code) {
        return organizations.subtree(DataScope.of(demo.org(code))).stream()
                .filter(o -> o.getLevel() == OrgLevel.BRANCH).findFirst()
                .orElseThrow(() -> new AssertionError("no branch under " + code));
    }

    private Organization newOrganization(Organization parent, OrgLevel level) {
        Organization[] made = new Organization[1];
        String code = "T" + COUNTER.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
        AuditActor.runAs("admin", () -> made[0] = organizations.create(DataScope.of(demo.org("JN")), parent.getId(),
                code, "测试" + level.name() + code, level, 99));
        return made[0];
    }

    private long talkAbout(Member member, String orgCode) {
        long[] id = new long[1];
        AuditActor.runAs("test", () -> id[0] = talks.log(DataScope.of(demo.org(orgCode)), UUID.randomUUID(),
                member.getId(), new TalkDetails(TODAY, TalkKind.ROUTINE, "测试", TalkerPost.OTHER, null, "要点")).id());
        return id[0];
    }

    private long organizationOf(Member member) {
        return jdbc.queryForObject("select organization_id from member where id = ?", Long.class, member.getId());
    }

    private static String link(Member member) {
        return "href=\"/members/" + member.getId() + "\"";
    }

    @Test
    void aStreetOfficerSeesTheStreetsMembersButNotTheSiblingStreetsNorTheRestOfTheDistrict() throws Exception {
        Member inOwnBranch = records.newMember("JN010101");
        Member inNeighbourBranch = records.newMember(branchUnder("JN0101").getCode().equals("JN010101")
                ? "JN010102" : branchUnder("JN0101").getCode());
        Member inSiblingStreet = records.newMember(branchUnder("JN0102").getCode());
        Member inOtherDistrict = records.newMember("JN020101");
        Cookie session = signIn(streetOfficer(), PASSWORD);

        for (Member visible : List.of(inOwnBranch, inNeighbourBranch)) {
            assertThat(status(session, "/members/" + visible.getId())).isEqualTo(200);
            assertThat(page(session, "/members?q=" + visible.getName())).contains(link(visible));
        }
        for (Member hidden : List.of(inSiblingStreet, inOtherDistrict)) {
            assertThat(status(session, "/members/" + hidden.getId())).as("member page").isEqualTo(404);
            assertThat(status(session, "/members/" + hidden.getId() + "/history")).isEqualTo(404);
            assertThat(status(session, "/talks/new?member=" + hidden.getId())).isEqualTo(404);
            assertThat(page(session, "/members?q=" + hidden.getName())).doesNotContain(link(hidden));
        }
        assertThat(status(session, "/organizations/" + demo.org("JN0101").getId())).isEqualTo(200);
        for (String outside : List.of("JN", "JN01", "JN0102", "JN02")) {
            assertThat(status(session, "/organizations/" + demo.org(outside).getId())).as(outside).isEqualTo(404);
        }
        // the organization pickers and the dashboard's ranking list the street's subtree only
        String roster = page(session, "/members");
        String dashboard = page(session, "/dashboard");
        for (String body : List.of(roster, dashboard)) {
            assertThat(body).contains(demo.org("JN010101").getName()).doesNotContain(demo.org("JN0102").getName())
                    .doesNotContain(demo.org("JN0103").getName()).doesNotContain(demo.org("JN02").getName())
                    .doesNotContain(demo.org("JN01").getName());
        }
    }

    @Test
    void anOrganizationAddedWhileTheUserIsSignedInIsInScopeOnTheNextRequest() throws Exception {
        Cookie session = signIn(streetOfficer(), PASSWORD);
        assertThat(page(session, "/members")).contains(demo.org("JN010101").getName());

        Organization branch = newOrganization(demo.org("JN0101"), OrgLevel.BRANCH);
        Member member = records.newMember(branch.getCode());
        Organization group = newOrganization(branch, OrgLevel.GROUP);
        Member inGroup = records.newMember(group.getCode());

        // the same session, no new sign-in
        assertThat(status(session, "/organizations/" + branch.getId())).isEqualTo(200);
        assertThat(status(session, "/members/" + member.getId())).isEqualTo(200);
        assertThat(status(session, "/members/" + inGroup.getId())).isEqualTo(200);
        assertThat(page(session, "/members?org=" + branch.getId())).contains(link(member)).contains(link(inGroup));
        assertThat(page(session, "/members")).contains(branch.getName());
        assertThat(page(session, "/dashboard?org=" + branch.getId())).contains(branch.getName());
        // and it is not in a sibling street's scope
        Cookie lixia = signIn("lixia", DemoAccounts.PASSWORD);
        assertThat(status(lixia, "/members/" + inGroup.getId())).as("the district sees it too").isEqualTo(200);
        Cookie secretary = signIn("secretary1", DemoAccounts.PASSWORD);
        assertThat(status(secretary, "/members/" + member.getId())).isEqualTo(404);
    }

    @Test
    void aMemberMovedToAnotherBranchLeavesTheOldSecretaryAndReachesTheNewOneAtOnce() throws Exception {
        Member member = records.newMember("JN010101");
        long talk = talkAbout(member, "JN010101");
        Cookie oldSecretary = signIn("secretary1", DemoAccounts.PASSWORD);
        Cookie newSecretary = signIn("secretary2", DemoAccounts.PASSWORD);
        Cookie district = signIn("lixia", DemoAccounts.PASSWORD);
        List<String> pages = List.of("/members/" + member.getId(), "/members/" + member.getId() + "/history",
                "/talks/" + talk, "/talks/" + talk + "/history", "/talks/new?member=" + member.getId(),
                "/visits/new?member=" + member.getId());
        for (String url : pages) {
            assertThat(status(oldSecretary, url)).as("before the move, old branch: " + url).isEqualTo(200);
            assertThat(status(newSecretary, url)).as("before the move, new branch: " + url).isEqualTo(404);
        }

        // the district's officer moves the member with the roster's edit form
        Member current = memberRepository.findById(member.getId()).orElseThrow();
        MockHttpServletResponse moved = mvc.perform(post("/members/" + member.getId()).cookie(district).with(csrf())
                        .param("organizationId", demo.org("JN010102").getId().toString())
                        .param("name", current.getName())
                        .param("idNumber", current.maskedIdNumber())
                        .param("ethnicity", "汉族")
                        .param("admittedDate", current.getAdmittedDate().toString())
                        .param("fullMemberDate", current.getFullMemberDate().toString())
                        .param("category", "FULL").param("household", "URBAN").param("delegateLevel", "NONE")
                        .param("version", Long.toString(current.getVersion())))
                .andReturn().getResponse();
        assertThat(moved.getRedirectedUrl()).as("the move is saved").isEqualTo("/members/" + member.getId());
        assertThat(organizationOf(member)).isEqualTo(demo.org("JN010102").getId());

        // the sessions signed in before the move, on their next request
        for (String url : pages) {
            assertThat(status(oldSecretary, url)).as("after the move, old branch: " + url).isEqualTo(404);
            assertThat(status(newSecretary, url)).as("after the move, new branch: " + url).isEqualTo(200);
        }
        assertThat(page(oldSecretary, "/members?q=" + member.getName())).doesNotContain(link(member));
        assertThat(page(oldSecretary, "/talks")).doesNotContain("href=\"/talks/" + talk + "\"");
        assertThat(page(newSecretary, "/members?q=" + member.getName())).contains(link(member));
        assertThat(page(newSecretary, "/talks")).contains("href=\"/talks/" + talk + "\"");
    }

    @Test
    void aSecretaryMovedToAnotherBranchWorksOnTheNewBranchFromTheNextRequest() throws Exception {
        String username = "moved" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        long[] id = new long[1];
        AuditActor.runAs("admin", () -> id[0] = users.create(DataScope.of(demo.org("JN")), username, "支部书记 调动",
                Role.SECRETARY, demo.org("JN010101").getId(), passwordEncoder.encode(PASSWORD), false).getId());
        Member oldBranch = records.newMember("JN010101");
        Member newBranch = records.newMember("JN010102");
        Cookie session = signIn(username, PASSWORD);
        assertThat(status(session, "/members/" + oldBranch.getId())).isEqualTo(200);
        assertThat(status(session, "/members/" + newBranch.getId())).isEqualTo(404);

        // the administrator assigns the account to the neighbouring branch while its session is open
        AuditActor.runAs("admin", () -> users.update(DataScope.of(demo.org("JN")), id[0],
                users.get(DataScope.of(demo.org("JN")), id[0]).getVersion(), "支部书记 调动", Role.SECRETARY,
                demo.org("JN010102").getId(), true));

        assertThat(status(session, "/members/" + oldBranch.getId())).as("the old branch's member").isEqualTo(404);
        assertThat(status(session, "/members/" + newBranch.getId())).as("the new branch's member").isEqualTo(200);
        assertThat(page(session, "/members?q=" + oldBranch.getName())).doesNotContain(link(oldBranch));

        // and a disabled account's open session reaches no member at all
        AuditActor.runAs("admin", () -> users.update(DataScope.of(demo.org("JN")), id[0],
                users.get(DataScope.of(demo.org("JN")), id[0]).getVersion(), "支部书记 调动", Role.SECRETARY,
                demo.org("JN010102").getId(), false));
        assertThat(status(session, "/members/" + newBranch.getId())).as("after the account is disabled")
                .isIn(302, 403);
    }

    @Test
    void aChangeOfRoleEndsTheOpenSessionAndTheNextSignInHasTheNewRole() throws Exception {
        String username = "rolechange" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        long[] id = new long[1];
        AuditActor.runAs("admin", () -> id[0] = users.create(DataScope.of(demo.org("JN")), username, "支部书记 改任",
                Role.SECRETARY, demo.org("JN010101").getId(), passwordEncoder.encode(PASSWORD), false).getId());
        Cookie session = signIn(username, PASSWORD);
        assertThat(status(session, "/members")).isEqualTo(200);

        // the administrator makes the account an auditor while its session is open
        AuditActor.runAs("admin", () -> users.update(DataScope.of(demo.org("JN")), id[0],
                users.get(DataScope.of(demo.org("JN")), id[0]).getVersion(), "审计员 改任", Role.AUDITOR,
                demo.org("JN010101").getId(), true));

        MockHttpServletResponse next = open(session, "/members");
        assertThat(next.getStatus()).as("the open session ends at the next request").isEqualTo(302);
        assertThat(next.getRedirectedUrl()).isEqualTo("/login?changed");
        assertThat(open(session, "/members").getRedirectedUrl()).as("and stays ended").contains("/login");
        Cookie again = signIn(username, PASSWORD);
        assertThat(status(again, "/members")).as("signed in again: an auditor's rights only").isEqualTo(403);
    }

    /** Parameters some routes need besides {@code org} before they look at it. */
    private static final Map<String, String> NEEDED = Map.of(
            "/dashboard/members", "&rule=R03-TRAINING-HOURS",
            "/dashboard/members/export", "&rule=R03-TRAINING-HOURS",
            "/indicators/new", "&indicator=R15");

    @Test
    void anOrganizationOutsideTheScopeInAnyListDashboardOrExportFilterIsNotFound() throws Exception {
        Cookie session = signIn(streetOfficer(), PASSWORD);
        Set<String> routes = routesFilteringByOrganization();
        assertThat(routes).as("the routes found").contains("/members", "/dashboard", "/dashboard/export", "/reports",
                "/reports/download", "/year-end");
        Map<String, Long> outside = new LinkedHashMap<>();
        for (String code : List.of("JN", "JN01", "JN0102", "JN02")) {
            outside.put(code, demo.org(code).getId());
        }
        outside.put("a branch of the sibling street", branchUnder("JN0102").getId());

        List<String> wrong = new ArrayList<>();
        for (String route : routes) {
            String extra = NEEDED.getOrDefault(route, "");
            int own = status(session, route + "?org=" + demo.org("JN0101").getId() + extra);
            if (own == 404 || own == 400 || own >= 500) {
                wrong.add(route + " with the user's own organization: " + own);
            }
            for (Map.Entry<String, Long> org : outside.entrySet()) {
                MockHttpServletResponse response = open(session, route + "?org=" + org.getValue() + extra);
                if (response.getStatus() != 404 && response.getStatus() != 403) {
                    wrong.add(route + " with " + org.getKey() + ": " + response.getStatus());
                }
            }
        }
        assertThat(wrong).as("routes that did not refuse an organization outside the scope").isEmpty();
    }

    @Test
    void anOrganizationOutsideTheScopeInAFormIsNotFoundAndNothingIsSaved() throws Exception {
        String username = streetOfficer();
        Cookie session = signIn(username, PASSWORD);
        Member own = records.newMember("JN010101");
        long siblingBranch = branchUnder("JN0102").getId();
        String name = "越权" + COUNTER.incrementAndGet();

        MockHttpServletResponse created = mvc.perform(post("/members").cookie(session).with(csrf())
                        .param("organizationId", Long.toString(siblingBranch)).param("name", name)
                        .param("idNumber", cn.jinan.care.web.support.IdNumbers.of(LocalDate.of(1980, 3, 3), true))
                        .param("ethnicity", "汉族").param("admittedDate", "2010-07-01")
                        .param("fullMemberDate", "2011-07-01").param("category", "FULL").param("household", "URBAN")
                        .param("delegateLevel", "NONE"))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from member where name = ?", Integer.class, name)).isZero();

        for (String target : List.of("JN01", "JN0102")) {
            long targetId = target.equals("JN0102") ? siblingBranch : demo.org(target).getId();
            MockHttpServletResponse moved = mvc.perform(post("/members/" + own.getId()).cookie(session).with(csrf())
                            .param("organizationId", Long.toString(targetId)).param("name", own.getName())
                            .param("idNumber", own.maskedIdNumber()).param("ethnicity", "汉族")
                            .param("admittedDate", own.getAdmittedDate().toString())
                            .param("fullMemberDate", own.getFullMemberDate().toString()).param("category", "FULL")
                            .param("household", "URBAN").param("delegateLevel", "NONE")
                            .param("version", Long.toString(own.getVersion())))
                    .andReturn().getResponse();
            assertThat(moved.getStatus()).as("moving a member to " + target).isEqualTo(404);
            assertThat(organizationOf(own)).isEqualTo(demo.org("JN010101").getId());
        }

        int year = TODAY.getYear();
        assertThat(mvc.perform(post("/reports/jobs").cookie(session).with(csrf()).param("year", Integer.toString(year))
                .param("format", "CSV").param("org", demo.org("JN01").getId().toString())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/reports/jobs.json").cookie(session)).andReturn().getResponse()
                .getContentAsString()).isEqualTo("[]");
    }

    @Test
    void everyRoleSeesItsOrganizationAndEverythingBelowIt() throws Exception {
        // the application has one kind of scope: an organization and its whole subtree. A branch secretary's scope
        // holds the branch's party groups; there is no "own organization only" scope to choose
        Organization group = newOrganization(demo.org("JN010101"), OrgLevel.GROUP);
        Member inGroup = records.newMember(group.getCode());
        Cookie secretary = signIn("secretary1", DemoAccounts.PASSWORD);
        assertThat(status(secretary, "/members/" + inGroup.getId())).isEqualTo(200);
        assertThat(page(secretary, "/members?q=" + inGroup.getName())).contains(link(inGroup));
        assertThat(status(signIn("secretary2", DemoAccounts.PASSWORD), "/members/" + inGroup.getId())).isEqualTo(404);
    }

    /**
     * The GET routes without a path variable that take an {@code org} parameter: a request parameter of that name or a
     * form or query object with an {@code org} property.
     */
    private Set<String> routesFilteringByOrganization() {
        Set<String> routes = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && takesOrganization(method)) {
                info.getPatternValues().stream().filter(p -> !p.contains("{")).forEach(routes::add);
            }
        });
        return routes;
    }

    private static boolean takesOrganization(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                if ("org".equals(name.isEmpty() ? parameter.getParameterName() : name)) {
                    return true;
                }
            } else if (type.getPackageName().startsWith("cn.jinan.care.web") && !BeanUtils.isSimpleProperty(type)) {
                boolean has = type.isRecord()
                        ? Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals("org"))
                        : BeanUtils.getPropertyDescriptor(type, "org") != null;
                if (has) {
                    return true;
                }
            }
        }
        return false;
    }
}
