package cn.jinan.care.web.demo;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.persistence.member.MemberEventRepository;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.organization.OrganizationRepository;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.user.UserAccountService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
 * In demo mode, fills an empty database with the demo dataset (once: a database that has organizations is left
 * alone), makes sure the demo accounts exist, and prints them.
 */
@Component
@Order(10)
@RequiredArgsConstructor
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final long SEED = 20190701L;
    /** The name the demo dataset gives its first branch; how a demo database is told from real data. */
    static final String DEMO_BRANCH_NAME = "芙蓉街社区党支部";

    private final DemoMode demoMode;
    private final OrganizationRepository organizationRepository;
    private final OrganizationService organizations;
    private final MemberRepository members;
    private final MemberEventRepository events;
    private final UserAccountService users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Environment environment;
    private final cn.jinan.care.persistence.obligation.ObligationService obligations;
    private final DemoRecords records;
    private final DemoCampaigns campaigns;
    private final OldMemberDemo oldMembers;
    private final CasualtyDemoData casualties;
    private final DemoHonors honors;
    private final FairnessDemo fairness;
    private final DemoOrgWork orgWork;
    private final DemoParticipation participation;

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        boolean[] demoDatabase = new boolean[1];
        AuditActor.runAs(AuditActor.SYSTEM, () -> {
            transactions.executeWithoutResult(status -> {
                if (organizationRepository.count() == 0) {
                    load(new DemoDataGenerator(SEED, LocalDate.now(clock)).generate());
                    demoDatabase[0] = true;
                } else {
                    // a database that holds the demo dataset has its demo branch; real data does not
                    demoDatabase[0] = organizationRepository.findByCode("JN010101")
                            .map(o -> o.getName().equals(DEMO_BRANCH_NAME)).orElse(false);
                }
            });
            if (demoDatabase[0]) {
                transactions.executeWithoutResult(status -> createAccounts());
            }
        });
        if (!demoDatabase[0]) {
            log.warn("Demo mode is on, but the database holds other data: no demo data and no demo accounts were"
                    + " added. Switch demo mode off (CARE_DEMO=off).");
            return;
        }
        printAccounts();
    }

    private void load(DemoDataset dataset) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Map<String, Organization> byCode = new HashMap<>();
        for (OrgSeed seed : dataset.organizations()) {
            Organization org = seed.parentCode() == null
                    ? organizations.createRoot(seed.code(), seed.name())
                    : organizations.createUnder(byCode.get(seed.parentCode()), seed.code(), seed.name(),
                            seed.level(), seed.sortOrder());
            byCode.put(seed.code(), org);
        }
        Map<String, Member> byIdNumber = new HashMap<>();
        for (MemberSeed seed : dataset.members()) {
            Member member = members.save(Member.create(byCode.get(seed.orgCode()), seed.profile(), today));
            byIdNumber.put(member.getIdNumber().value(), member);
        }
        for (EventSeed seed : dataset.events()) {
            Member member = byIdNumber.get(IdCardNumber.of(seed.idNumber()).value());
            obligations.onEvent(events.save(member.record(seed.kind(), seed.date(), seed.note(), today)));
        }
        records.load(new java.util.ArrayList<>(byIdNumber.values()), today);
        oldMembers.load(new java.util.ArrayList<>(byIdNumber.values()), today);
        casualties.load(new java.util.ArrayList<>(byIdNumber.values()), today);
        campaigns.load(today);
        honors.load(byCode, new java.util.ArrayList<>(byIdNumber.values()), today);
        fairness.load(new java.util.ArrayList<>(byIdNumber.values()), today);
        orgWork.load(byCode, new java.util.ArrayList<>(byIdNumber.values()), today);
        participation.load(byCode, new java.util.ArrayList<>(byIdNumber.values()), today);
        log.info("Demo data loaded: {} organizations, {} members, {} events in {} ms",
                dataset.organizations().size(), dataset.members().size(), dataset.events().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void createAccounts() {
        String hash = passwordEncoder.encode(DemoAccounts.PASSWORD);
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            if (users.findByUsername(account.username()).isEmpty()) {
                organizationRepository.findByCode(account.organizationCode()).ifPresent(org ->
                        users.createSystem(account.username(), account.displayName(), account.role(), org, hash,
                                false));
            }
        }
    }

    private void printAccounts() {
        StringBuilder sb = new StringBuilder();
        sb.append("\n\n  party care (党内激励关怀) is running in DEMO MODE: http://localhost:")
                .append(environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")))
                .append("\n  Demo accounts (password for all: ").append(DemoAccounts.PASSWORD).append("):\n");
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            sb.append(String.format("    %-11s %-9s %s (%s)%n", a.username(), a.role(), a.displayName(),
                    a.organizationCode()));
        }
        sb.append("  Switch demo mode off with CARE_DEMO=off.\n");
        log.info(sb.toString());
    }
}
