package cn.jinan.care.web.demo;

import cn.jinan.care.domain.lecture.Lecture;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.talk.Talk;
import cn.jinan.care.domain.talk.TalkDetails;
import cn.jinan.care.domain.talk.TalkKind;
import cn.jinan.care.domain.talk.TalkerPost;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.domain.visit.Visit;
import cn.jinan.care.domain.visit.VisitDetails;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.lecture.LectureRepository;
import cn.jinan.care.persistence.obligation.FulfillingRecord;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.talk.TalkRepository;
import cn.jinan.care.persistence.visit.VisitRepository;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's daily work, deterministic from the seed: this year's branch study sessions and online hours (some members
 * short of 32 hours), superior talks for grassroots members, lectures by leading cadres, and talks and visits that
 * answer most obligations (some late, some still open) so that the to-do list shows every state.
 */
@Component
@RequiredArgsConstructor
class DemoRecords {

    private static final String[] COURSES = {"学习党的二十届四中全会精神", "党章党规专题学习", "习近平新时代中国特色社会主义思想专题",
        "主题党日：重温入党誓词", "红色教育：济南战役纪念馆", "基层治理能力提升专题"};

    private final JdbcTemplate jdbc;
    private final TalkRepository talks;
    private final VisitRepository visits;
    private final LectureRepository lectures;
    private final ObligationRepository obligationRepository;
    private final ObligationService obligations;
    private final EntityManager entityManager;

    void load(List<Member> members, LocalDate today) {
        entityManager.flush(); // the JDBC batch below needs the members in the database
        Random random = new Random(DemoDataLoader.SEED + 7);
        List<Member> active = members.stream().filter(Member::isActive)
                .sorted(Comparator.comparing(Member::getId)).toList();
        studyHours(active, today, random);
        superiorTalks(active, today, random);
        lectures(active, today, random);
        answerObligations(today, random);
    }

    private void studyHours(List<Member> active, LocalDate today, Random random) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate start = LocalDate.of(today.getYear(), 1, 1);
        for (Member m : active) {
            // attendance differs per member: some reach 32 hours by the end of the year, some fall short
            double attendance = 0.45 + random.nextDouble() * 0.55;
            for (LocalDate d = start.plusDays(9); !d.isAfter(today); d = d.plusMonths(1)) {
                LocalDate day = d.isBefore(m.getAdmittedDate()) ? null : d;
                if (day != null && random.nextDouble() < attendance) {
                    rows.add(row(m, day, new BigDecimal("3.0"), StudyKind.BRANCH_STUDY,
                            COURSES[d.getMonthValue() % COURSES.length], now));
                }
                if (day != null && random.nextDouble() < attendance * 0.5) {
                    rows.add(row(m, day.plusDays(7).isAfter(today) ? day : day.plusDays(7),
                            new BigDecimal(random.nextBoolean() ? "1.5" : "2.0"), StudyKind.ONLINE_XUEXI_QIANGGUO,
                            "学习强国专题学习" + d.getMonthValue() + "月", now));
                }
            }
        }
        jdbc.batchUpdate("insert into study_record (id, version, created_at, created_by, updated_at, updated_by,"
                + " member_id, study_date, hours, kind, course) values (nextval('study_record_seq'), 0, ?, 'system', ?,"
                + " 'system', ?, ?, ?, ?, ?)", rows);
    }

    private static Object[] row(Member m, LocalDate day, BigDecimal hours, StudyKind kind, String course,
            Timestamp now) {
        return new Object[] {now, now, m.getId(), Date.valueOf(day), hours, kind.name(), course};
    }

    private void superiorTalks(List<Member> active, LocalDate today, Random random) {
        for (Member m : active) {
            if (!m.isGrassroots()) {
                continue;
            }
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                LocalDate day = LocalDate.of(today.getYear(), 1, 1).plusDays(random.nextInt(today.getDayOfYear()));
                talks.save(Talk.log(m, new TalkDetails(day, TalkKind.SUPERIOR_TWO_WAY, "街道党工委书记",
                        TalkerPost.SUPERIOR_RESPONSIBLE, "党群服务中心", "了解工作和生活情况，听取意见建议。"), today));
            }
        }
    }

    private void lectures(List<Member> active, LocalDate today, Random random) {
        for (Member m : active) {
            if (!m.isLeadingCadre()) {
                continue;
            }
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                LocalDate day = LocalDate.of(today.getYear(), 1, 1).plusDays(random.nextInt(today.getDayOfYear()));
                lectures.save(Lecture.log(m, m.getOrganization(), day, "深入学习贯彻党的创新理论", 20 + random.nextInt(60),
                        today));
            }
        }
    }

    /** About three in four obligations answered: most on time, some late; the rest stay open (some overdue). */
    private void answerObligations(LocalDate today, Random random) {
        entityManager.flush();
        List<Obligation> open = obligationRepository.findAll().stream()
                .sorted(Comparator.comparing(Obligation::getId)).toList();
        for (Obligation o : open) {
            if (o.getStatus() != cn.jinan.care.domain.obligation.ObligationStatus.OPEN || random.nextInt(4) == 0) {
                continue;
            }
            long window = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(o.getAroseOn(), o.getDueDate()));
            LocalDate day = o.getAroseOn().plusDays(random.nextInt(10) == 0 ? window + 3 : random.nextLong(window));
            if (day.isAfter(today)) {
                continue;
            }
            Member m = o.getMember();
            RequiredAction action = o.getAction();
            if (action.isTalk()) {
                Talk t = talks.save(Talk.log(m, new TalkDetails(day, TalkKind.forAction(action).orElseThrow(),
                        "支部书记", TalkerPost.BRANCH_SECRETARY, "支部活动室", "谈心谈话，了解思想动态。"), today));
                obligations.onRecord(new FulfillingRecord(FulfillingRecord.TALK, t.getId(), m, action, day));
            } else {
                Visit v = visits.save(Visit.log(m, new VisitDetails(day, VisitKind.forAction(action).orElseThrow(),
                        "支部书记、支委", false, new BigDecimal("500.00"), "慰问品", new BigDecimal("200.00"),
                        FundingSource.PARTY_FEES, null), today));
                obligations.onRecord(new FulfillingRecord(FulfillingRecord.VISIT, v.getId(), m, action, day));
            }
        }
    }
}
