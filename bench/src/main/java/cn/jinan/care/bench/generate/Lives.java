package cn.jinan.care.bench.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Five years of one member's party life, written as rows: study hours around the 32-hour line, talks, lectures by
 * leading cadres, exemptions, health checks; the events of the member's life with the obligations the policy's rules
 * make of them (R08, R26, R27, R29) and the talk or visit that answered each — on time, late, waived or still open;
 * home visits to very old members every period (R26); the yearly Spring Festival campaign's holiday visits (R27);
 * and the registers: hardship with its aid, on-duty casualties with the family's follow-ups (R28), old members'
 * living subsidy. Each member draws from a random of their own, so the dataset is the same for a seed whatever else
 * changes.
 */
final class Lives {

    /** The streams of phase D, in the order their tables are listed to COPY. */
    static final String[][] TABLES = {
        {"member_event", "member_event_seq", "id, version, created_at, created_by, updated_at, updated_by, member_id,"
            + " kind, event_date, note, recorded_by"},
        {"obligation", "obligation_seq", "id, version, created_at, created_by, updated_at, updated_by, member_id,"
            + " rule_code, required_action, event_id, arose_on, due_date, status, fulfilled_by_type, fulfilled_by_id,"
            + " fulfilled_on, waived_reason, waived_by, campaign_id, follows_id, basis"},
        {"talk", "talk_seq", "id, version, created_at, created_by, updated_at, updated_by, member_id, talk_date, kind,"
            + " talker_name, talker_post, place, summary"},
        {"visit", "visit_seq", "id, version, created_at, created_by, updated_at, updated_by, member_id, visit_date,"
            + " kind, visitors, family_visited, money, goods, goods_value, funding_source, notes"},
        {"study_record", "study_record_seq", "id, version, created_at, created_by, updated_at, updated_by, member_id,"
            + " study_date, hours, kind, course"},
        {"lecture", "lecture_seq", "id, version, created_at, created_by, updated_at, updated_by, speaker_id,"
            + " venue_organization_id, lecture_date, topic, audience_size"},
        {"exemption", "exemption_seq", "id, version, created_at, created_by, updated_at, updated_by, member_id,"
            + " quota_year, rule_code, reason, reason_text, approved_by"},
        {"health_check", "health_check_seq", "id, version, created_at, created_by, updated_at, updated_by, member_id,"
            + " check_year, check_date, institution, major_risk, findings, follow_up_plan"},
        {"hardship_record", "hardship_record_seq", "id, version, created_at, created_by, updated_at, updated_by,"
            + " member_id, categories, since_date, situation, needs, next_review_date, last_reviewed_on, review_note,"
            + " closed_on, close_reason"},
        {"hardship_aid", "hardship_aid_seq", "id, version, created_at, created_by, updated_at, updated_by,"
            + " hardship_record_id, status, applied_on, amount, funding_source, purpose, approved_by, approved_on,"
            + " notice_start, notice_end, paid_on, rejected_on, reject_reason"},
        {"casualty_case", "casualty_case_seq", "id, version, created_at, created_by, updated_at, updated_by, member_id,"
            + " kind, event_date, death_cause, disability_grade, disability_description, martyr, martyr_recognised_on,"
            + " martyr_document, responsible_person, responsible_phone, opened_on, notes, closed_on, close_reason"},
        {"casualty_family_member", "casualty_family_member_seq", "id, version, created_at, created_by, updated_at,"
            + " updated_by, casualty_case_id, relation, name, birth_year, income_source, pension, medical,"
            + " schooling_employment"},
        {"casualty_follow_up", "casualty_follow_up_seq", "id, version, created_at, created_by, updated_at, updated_by,"
            + " casualty_case_id, follow_up_date, by_whom, findings, help_kind, help_given, amount, funding_source"},
        {"old_member_subsidy_payment", "old_member_subsidy_payment_seq", "id, version, created_at, created_by,"
            + " updated_at, updated_by, member_id, period_kind, period_start, period_months, amount, funding_source,"
            + " paid_on, note"},
    };

    private static final int EVENT = 0;
    private static final int OBLIGATION = 1;
    private static final int TALK = 2;
    private static final int VISIT = 3;
    private static final int STUDY = 4;
    private static final int LECTURE = 5;
    private static final int EXEMPTION = 6;
    private static final int HEALTH = 7;
    private static final int HARDSHIP = 8;
    private static final int AID = 9;
    private static final int CASE = 10;
    private static final int FAMILY = 11;
    private static final int FOLLOW_UP = 12;
    private static final int PAYMENT = 13;

    /** An obligation answered by nothing yet. */
    private static final int OPEN = -1;
    /** An obligation waived. */
    private static final int WAIVE = -2;

    private static final int FOUNDING = Days.of(1949, 10, 1);

    static final String[] STUDY_KINDS = {"BRANCH_STUDY", "ONLINE_XUEXI_QIANGGUO", "ONLINE_DENGTA", "ONLINE_QUANCHENG",
        "PARTY_SCHOOL", "SPECIAL_TRAINING", "RED_EDUCATION", "CONTINUING_EDUCATION", "SENT_STUDY"};
    private static final int[] STUDY_WEIGHTS = {400, 220, 80, 50, 60, 80, 60, 40, 10};
    private static final int[][] STUDY_HALF_HOURS = {{4, 5, 6}, {2, 3, 4}, {2, 3, 4}, {2, 4}, {8, 12, 16},
        {6, 8, 12, 16}, {4, 6, 8}, {4, 6, 8, 12}, {16, 20, 24}};
    private static final int WEIGHT_TOTAL = Arrays.stream(STUDY_WEIGHTS).sum();
    private static final String[] STUDY_PREFIX = {"主题党日：", "学习强国：", "灯塔-党建在线：", "泉城党建e学：",
        "区委党校专题培训：", "专题培训班：", "红色教育：", "继续教育：", "脱产培训："};
    private static final String[][] COURSES = new String[STUDY_KINDS.length][Catalog.TOPICS.length];

    static {
        for (int k = 0; k < STUDY_KINDS.length; k++) {
            for (int t = 0; t < Catalog.TOPICS.length; t++) {
                COURSES[k][t] = STUDY_PREFIX[k] + Catalog.TOPICS[t];
            }
        }
    }

    /** A campaign of phase C: the yearly Spring Festival visits to very old and hardship members (第27条). */
    record Campaign(long id, int windowStart, int windowEnd, int standardAmount) {
    }

    private final CopyStream[] out;
    private final Ids.Block[] ids;
    private final City city;
    private final People people;
    private final Window w;
    private final Map<String, Integer> params;
    private final List<Campaign> campaigns;
    private final Map<Integer, Integer> subsidyStandards;
    private final long seed;

    // per member, set as the member's life is written
    private int member;
    private long memberId;
    private int last;
    private String secretary;
    private long diedEvent;
    private int hardshipSince;
    private int hardshipUntil;
    private int fulfilled;
    private long lastObligation;
    private String lastStatus;
    private long hardshipRecord;
    private final Set<Long> studyKeys = new HashSet<>();
    private final List<int[]> studyRows = new ArrayList<>();

    Lives(CopyStream[] out, Ids.Block[] ids, City city, People people, Window w, Map<String, Integer> params,
            List<Campaign> campaigns, Map<Integer, Integer> subsidyStandards, long seed) {
        this.out = out;
        this.ids = ids;
        this.city = city;
        this.people = people;
        this.w = w;
        this.params = params;
        this.campaigns = campaigns;
        this.subsidyStandards = subsidyStandards;
        this.seed = seed;
    }

    static SplittableRandom random(long seed, long stream, int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index);
    }

    void live(int i) {
        SplittableRandom r = random(seed, 1, i);
        member = i;
        memberId = people.id(i);
        boolean active = people.status[i] == People.ACTIVE;
        last = active ? w.today() : people.statusDate[i] - 1;
        int from = Math.max(w.start(), people.admitted[i]);
        secretary = city.branches.get(people.branch[i]).secretary();
        diedEvent = 0;

        hardship(r, from);
        events(r, from);
        oldMemberVisits(r, from);
        campaigns(r, from);
        for (int y = Math.max(w.firstYear(), Days.year(from)); from <= last && y <= Days.year(last); y++) {
            year(r, y, Math.max(w.yearStart(y), from), Math.min(w.yearEnd(y), last));
        }
        casualty(r, from);
        subsidy(from);
    }

    // ---- events and the obligations they make ----

    private void events(SplittableRandom r, int from) {
        int admitted = people.admitted[member];
        if (admitted >= w.start()) {
            long e = event("ADMITTED", admitted, "支部大会讨论通过，接收为预备党员");
            talkOnEvent(r, e, admitted, "ENCOURAGEMENT_TALK", "ENCOURAGEMENT", param("ENCOURAGEMENT_TALK_DAYS"));
        }
        int full = people.fullDate[member];
        if (full != Days.NONE && full >= w.start() && full <= w.today()) {
            event("BECAME_FULL_MEMBER", full, "预备期满，按期转为正式党员");
        }
        int birth = people.birth[member];
        for (int y = Math.max(w.firstYear(), Days.year(from)); from <= last && y <= Days.year(last); y++) {
            int ys = Math.max(w.yearStart(y), from);
            int ye = Math.min(w.yearEnd(y), last);
            if (ys > ye) {
                continue;
            }
            int age = Days.age(birth, ys);
            if (age < 60 && r.nextInt(1000) < 50) {
                int d = day(r, ys, ye);
                talkOnEvent(r, event("POST_CHANGED", d, "岗位调整"), d, "POST_CHANGE_TALK", "POST_CHANGE",
                        param("POST_CHANGE_TALK_DAYS"));
            }
            if (r.nextInt(1000) < 12) {
                int d = day(r, ys, ye);
                talkOnEvent(r, event("TRANSFERRED_IN", d, "组织关系转入"), d, "ENCOURAGEMENT_TALK",
                        "ENCOURAGEMENT", param("ENCOURAGEMENT_TALK_DAYS"));
            }
            int honorDay = Days.of(y, 6, 25) + r.nextInt(7);
            if (r.nextInt(1000) < 25 && honorDay >= ys && honorDay <= ye) {
                talkOnEvent(r, event("HONORED", honorDay, "“七一”表彰：优秀共产党员"), honorDay, "ENCOURAGEMENT_TALK",
                        "ENCOURAGEMENT", param("ENCOURAGEMENT_TALK_DAYS"));
            }
            int u = r.nextInt(10_000);
            if (u < 12) {
                int d = day(r, ys, ye);
                talkOnEvent(r, event("SANCTIONED", d, "受到党内警告处分"), d, "EDUCATION_TALK", "EDUCATION",
                        param("EDUCATION_TALK_DAYS"));
            } else if (u < 32) {
                int d = day(r, ys, ye);
                talkOnEvent(r, event("TENDENCY_PROBLEM", d, "发现苗头性倾向性问题"), d, "EDUCATION_TALK", "EDUCATION",
                        param("EDUCATION_TALK_DAYS"));
            }
            if (r.nextInt(1000) < 3) {
                int d = day(r, ys, ye);
                long e = event("FAMILY_DISASTER", d, "家中遭遇意外事故");
                int due = d + param("EMERGENCY_VISIT_DAYS");
                resolve(r, "R27-EMERGENCY-VISIT", "EMERGENCY_VISIT", e, d, due, answer(r, d, due), last, "VISIT",
                        day -> visit(r, day, "EMERGENCY", secretary + "、社区党委委员", true, 1000, "慰问品", 300,
                                "BUDGET", "上门看望慰问"), 0, 0, null);
            }
        }
        byte status = people.status[member];
        int gone = people.statusDate[member];
        if (status == People.DECEASED) {
            if (r.nextInt(100) < 40 && gone - 5 > from) {
                int d = Math.max(from, gone - 5 - r.nextInt(56));
                long e = event("CRITICALLY_ILL", d, "病危住院");
                int due = d + param("END_OF_LIFE_VISIT_DAYS");
                resolve(r, "R29-END-OF-LIFE", "END_OF_LIFE_VISIT", e, d, due, answer(r, d, due), gone, "VISIT",
                        day -> visit(r, day, "END_OF_LIFE", secretary + "、支部委员", true, 0, "慰问品", 200, "PARTY_FEES",
                                "到医院探望抚慰"), 0, 0, null);
            }
            diedEvent = event("DIED", gone, "因病去世");
            int due = gone + param("CONDOLENCE_DAYS");
            resolve(r, "R29-CONDOLENCE", "CONDOLENCE_VISIT", diedEvent, gone, due, answer(r, gone, due), w.today(),
                    "VISIT", day -> visit(r, day, "CONDOLENCE", secretary + "、街道党工委委员", true, 2000, "花圈", 300,
                            "BUDGET", "吊唁并慰问亲属"), 0, 0, null);
        } else if (status == People.TRANSFERRED_OUT) {
            event("TRANSFERRED_OUT", gone, "组织关系转出");
        }
    }

    private void talkOnEvent(SplittableRandom r, long event, int day, String action, String talkKind, int days) {
        int due = day + days;
        resolve(r, "R08-TALK-ON-EVENT", action, event, day, due, answer(r, day, due), last, "TALK",
                d -> talk(r, d, talkKind, secretary, "BRANCH_SECRETARY"), 0, 0, null);
    }

    /** When the record answering an obligation is made: on time (mostly), late, never (open), or waived. */
    private static int answer(SplittableRandom r, int arose, int due) {
        int u = r.nextInt(1000);
        if (u < 870) {
            return arose + (int) ((due - arose) * Math.pow(r.nextDouble(), 1.6));
        }
        if (u < 935) {
            return due + 1 + r.nextInt(40);
        }
        if (u < 950) {
            return WAIVE;
        }
        return OPEN;
    }

    interface RecordMaker {
        long make(int day);
    }

    /**
     * Writes an obligation and, when it was answered by {@code until}, the record that answered it. Sets
     * {@link #fulfilled} (the day, or {@link Days#NONE}) and {@link #lastObligation}.
     */
    private void resolve(SplittableRandom r, String rule, String action, long event, int arose, int due, int answer,
            int until, String type, RecordMaker record, long campaign, long follows, String basis) {
        boolean active = people.status[member] == People.ACTIVE;
        fulfilled = Days.NONE;
        lastStatus = "OPEN";
        if (answer >= arose && answer <= until && answer <= w.today()) {
            long recordId = record.make(answer);
            lastObligation = obligation(rule, action, event, arose, due, "FULFILLED", type, recordId, answer, null,
                    campaign, follows, basis);
            fulfilled = answer;
            lastStatus = "FULFILLED";
        } else if (answer == WAIVE && arose < w.today()) {
            lastStatus = "WAIVED";
            lastObligation = obligation(rule, action, event, arose, due, "WAIVED", null, 0, Days.NONE,
                    "经支部委员会研究，情况已变化，不再安排", campaign, follows, basis);
        } else if (!active && until < w.today()) {
            lastStatus = "WAIVED";
            lastObligation = obligation(rule, action, event, arose, due, "WAIVED", null, 0, Days.NONE,
                    people.status[member] == People.DECEASED ? "党员已去世" : "党员已不在本支部", campaign, follows, basis);
        } else {
            lastObligation = obligation(rule, action, event, arose, due, "OPEN", null, 0, Days.NONE, null, campaign,
                    follows, basis);
        }
    }

    // ---- R26: home visits to old members, every period ----

    private void oldMemberVisits(SplittableRandom r, int from) {
        if (from > last) {
            return;
        }
        int birth = people.birth[member];
        int veryOld = Days.plusYears(birth, param("OLD_MEMBER_VERY_OLD_AGE"));
        if (veryOld <= last) {
            visitChain(r, Math.max(from, veryOld), 0, "VERY_OLD");
            return;
        }
        boolean retired = people.has(member, People.RETIRED);
        int oldFrom = retired ? from : Math.max(from, Days.plusYears(birth, param("OLD_MEMBER_MIN_AGE")));
        for (int y = Math.max(w.firstYear(), Days.year(oldFrom)); oldFrom <= last && y <= Days.year(last); y++) {
            if (r.nextInt(1000) < 12) {
                int d = day(r, Math.max(w.yearStart(y), oldFrom), Math.min(w.yearEnd(y), last));
                boolean ill = r.nextInt(100) < 80;
                long e = event(ill ? "SERIOUSLY_ILL" : "DISABLED", d, ill ? "患重病" : "失能，生活不能自理");
                visitChain(r, d, e, null);
                return;
            }
        }
    }

    private void visitChain(SplittableRandom r, int start, long event, String basis) {
        int arose = start;
        long follows = 0;
        int months = param("OLD_MEMBER_VISIT_MONTHS");
        while (true) {
            int due = Days.plusMonths(arose, months);
            int u = r.nextInt(1000);
            // visits come "every period": mostly in the last weeks before the next one is due
            int answer = u < 930 ? Math.max(arose + 10, due - r.nextInt(30))
                    : u < 994 ? due + 1 + r.nextInt(30) : u < 996 ? WAIVE : OPEN;
            resolve(r, "R26-OLD-MEMBER-VISIT", "OLD_MEMBER_VISIT", follows == 0 ? event : 0, arose, due, answer, last,
                    "VISIT", day -> visit(r, day, "OLD_MEMBER", secretary + "、支部委员", false,
                            r.nextInt(100) < 30 ? 200 : 0, r.nextInt(100) < 50 ? "牛奶、水果" : null,
                            r.nextInt(100) < 50 ? 100 : 0, "PARTY_FEES", "上门看望，了解身体和生活情况"),
                    0, follows, follows == 0 ? basis : null);
            if (fulfilled == Days.NONE) {
                if (lastStatus.equals("WAIVED") && people.status[member] == People.ACTIVE && basis != null
                        && arose < w.today() - 31) {
                    // a waived visit to a very old member is answered by a new one the next day (the planner)
                    arose = Math.min(w.today(), arose + 1 + r.nextInt(30));
                    follows = 0;
                    continue;
                }
                return;
            }
            follows = lastObligation;
            arose = fulfilled;
        }
    }

    // ---- R27: the Spring Festival campaigns ----

    private void campaigns(SplittableRandom r, int from) {
        int birth = people.birth[member];
        for (Campaign c : campaigns) {
            int ws = c.windowStart();
            if (ws < from || ws > last) {
                continue;
            }
            boolean veryOld = Days.age(birth, ws) >= param("OLD_MEMBER_VERY_OLD_AGE");
            boolean hardship = hardshipSince != Days.NONE && hardshipSince <= ws && ws < hardshipUntil;
            if (!veryOld && !hardship) {
                continue;
            }
            int u = r.nextInt(100);
            int answer = u < 90 ? day(r, ws, c.windowEnd()) : u < 94 ? WAIVE : OPEN;
            resolve(r, "R27-HOLIDAY-VISIT", "HOLIDAY_VISIT", 0, ws, c.windowEnd(), answer,
                    Math.min(last, c.windowEnd()), "VISIT",
                    day -> visit(r, day, "HOLIDAY", "街道党工委、" + secretary, false, c.standardAmount(), "米面油", 200,
                            "BUDGET", "春节走访慰问"), c.id(), 0, null);
        }
    }

    // ---- one year of study, talks, lectures, exemptions, checks, aid ----

    private void year(SplittableRandom r, int y, int ys, int ye) {
        if (ys > ye) {
            return;
        }
        double part = (ye - ys + 1) / (double) (w.yearEnd(y) - w.yearStart(y) + 1);
        int age = Days.age(people.birth[member], ys);
        boolean exemptHours = r.nextInt(1000) < 8 + (age >= 85 ? 60 : age >= 75 ? 25 : 0);
        if (exemptHours) {
            boolean old = age >= 70;
            exemption(r, y, ys, "R03-TRAINING-HOURS",
                    old ? (r.nextBoolean() ? "BEDRIDDEN" : "LONG_ILLNESS") : (r.nextBoolean() ? "WORKING_AWAY"
                            : "LONG_ILLNESS"), old ? "年老体弱，长期卧床" : "长期在外务工，无法参加集中学习");
        }
        study(r, y, ys, ye, part, age, exemptHours);
        talks(r, y, ys, ye, part);
        if (people.has(member, People.LEADING_CADRE)) {
            if (r.nextInt(1000) < 5) {
                exemption(r, y, ys, "R04-LECTURES", "LONG_ILLNESS", "因病长期休养");
            } else {
                lectures(r, ys, ye, part);
            }
        }
        if (r.nextInt(100) < (age >= 50 || people.has(member, People.RETIRED) ? 45 : 15)) {
            int d = day(r, Math.max(ys, Days.of(y, 3, 1)), Math.min(ye, Days.of(y, 11, 30)));
            if (d != Days.NONE) {
                long id = ids[HEALTH].next();
                out[HEALTH].entity(id, d, 600 + r.nextInt(300)).add(memberId).add(y).date(d)
                        .add(Catalog.pick(r, Catalog.INSTITUTIONS)).add(false).nul().nul();
                out[HEALTH].end();
            }
        }
        if (hardshipSince != Days.NONE && hardshipSince <= ye && ys < hardshipUntil) {
            int d = day(r, Math.max(ys, hardshipSince), Math.min(ye, hardshipUntil - 1));
            if (d != Days.NONE) {
                visit(r, d, "HARDSHIP", secretary + "、社区党委", r.nextBoolean(), 500, "米面油", 150, "PARTY_FEES",
                        "困难党员走访");
            }
            aid(r, y, ys, ye);
        }
    }

    private void study(SplittableRandom r, int y, int ys, int ye, double part, int age, boolean exempt) {
        double hours;
        if (exempt) {
            hours = 12 * r.nextDouble();
        } else {
            double u = r.nextDouble();
            int below = age >= 80 ? 400 : 170;
            double v = r.nextDouble();
            if (u < below / 1000.0 * 0.4) {
                hours = 6 + 18 * v; // well below the line
            } else if (u < below / 1000.0) {
                hours = 24 + 7.5 * v; // just below
            } else if (u < 0.75) {
                hours = 32 + 6 * v; // just above: most members
            } else {
                hours = 38 + 22 * v * v;
            }
            // a year not over yet (or a member who came or went in it) has only its part of the hours
            hours *= Math.min(1.0, part * (ye == w.today() ? 1.08 : 1.0));
        }
        int halfHours = (int) Math.round(hours * 2);
        studyKeys.clear();
        studyRows.clear();
        while (halfHours > 0) {
            int k = weighted(r, STUDY_WEIGHTS);
            int[] options = STUDY_HALF_HOURS[k];
            int h = Math.min(halfHours, options[r.nextInt(options.length)]);
            int t = r.nextInt(Catalog.TOPICS.length);
            int d = day(r, ys, ye);
            long key = ((long) d << 16) | (k << 8) | t;
            if (!studyKeys.add(key)) {
                continue; // the same course on the same day is one record
            }
            studyRows.add(new int[] {d, h, k, t});
            halfHours -= h;
        }
        studyRows.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] row : studyRows) {
            long id = ids[STUDY].next();
            out[STUDY].entity(id, row[0], 1080 + r.nextInt(240)).add(memberId).date(row[0]).tenths(row[1] * 5L)
                    .add(STUDY_KINDS[row[2]]).add(COURSES[row[2]][row[3]]);
            out[STUDY].end();
        }
    }

    private void talks(SplittableRandom r, int y, int ys, int ye, double part) {
        int routine = poisson(r, 2.4 * part);
        for (int n = 0; n < routine; n++) {
            talk(r, day(r, ys, ye), "ROUTINE", r.nextInt(100) < 80 ? secretary : Catalog.name(r, r.nextBoolean()),
                    r.nextInt(100) < 80 ? "BRANCH_SECRETARY" : "BRANCH_COMMITTEE_MEMBER");
        }
        int reception = poisson(r, 0.25 * part);
        for (int n = 0; n < reception; n++) {
            talk(r, day(r, ys, ye), "RECEPTION_DAY", secretary, "BRANCH_SECRETARY");
        }
        int superior;
        if (people.has(member, People.GRASSROOTS)) {
            if (r.nextInt(1000) < 4) {
                exemption(r, y, ys, "R08-SUPERIOR-TALKS", "WORKING_AWAY", "长期外派");
                superior = 0;
            } else {
                int u = r.nextInt(100);
                int count = u < 8 ? 0 : u < 22 ? 1 : u < 74 ? 2 : u < 93 ? 3 : 4;
                superior = (int) Math.round(count * Math.min(1.0, part * 1.08));
            }
        } else {
            superior = poisson(r, 0.1 * part);
        }
        for (int n = 0; n < superior; n++) {
            talk(r, day(r, ys, ye), "SUPERIOR_TWO_WAY", Catalog.name(r, r.nextInt(100) < 70),
                    "SUPERIOR_RESPONSIBLE");
        }
    }

    private void lectures(SplittableRandom r, int ys, int ye, double part) {
        int u = r.nextInt(100);
        int count = (int) Math.round((u < 7 ? 0 : u < 18 ? 1 : u < 68 ? 2 : u < 90 ? 3 : 4)
                * Math.min(1.0, part * 1.08));
        int district = city.branches.get(people.branch[member]).district();
        int first = city.districtFirstBranch[district];
        int end = city.districtEndBranch[district];
        for (int n = 0; n < count; n++) {
            int d = day(r, ys, ye);
            long venue = city.orgs.get(city.branches.get(first + r.nextInt(end - first)).org()).id();
            long id = ids[LECTURE].next();
            out[LECTURE].entity(id, d, 840 + r.nextInt(300)).add(memberId).add(venue).date(d)
                    .add("专题党课：" + Catalog.pick(r, Catalog.TOPICS)).add(15 + r.nextInt(110));
            out[LECTURE].end();
        }
    }

    private void exemption(SplittableRandom r, int y, int day, String rule, String reason, String text) {
        long id = ids[EXEMPTION].next();
        out[EXEMPTION].entity(id, day, 600 + r.nextInt(300)).add(memberId).add(y).add(rule).add(reason).add(text)
                .add("街道党工委");
        out[EXEMPTION].end();
    }

    // ---- registers ----

    private void hardship(SplittableRandom r, int from) {
        hardshipSince = Days.NONE;
        hardshipUntil = Integer.MAX_VALUE;
        int age = Days.age(people.birth[member], w.today());
        int chance = 8 + (people.has(member, People.RURAL) && age >= 60 ? 30 : 0)
                + (people.has(member, People.RETIRED) && age >= 70 ? 15 : 0)
                + (people.has(member, People.WITHOUT_PENSION) ? 10 : 0);
        int earliest = Math.max(Days.of(2019, 1, 1), people.admitted[member]);
        int latest = Math.min(last, w.today() - 60);
        if (r.nextInt(1000) >= chance || earliest > latest) {
            return;
        }
        int since = day(r, earliest, latest);
        int closed = Days.NONE;
        String closeReason = null;
        if (people.status[member] != People.ACTIVE) {
            closed = people.statusDate[member];
            closeReason = people.status[member] == People.DECEASED ? "党员去世" : "组织关系转出";
        } else if (r.nextInt(100) < 12 && since + 200 < w.today()) {
            closed = since + 200 + r.nextInt(w.today() - since - 200);
            closeReason = "家庭经济状况好转，经支部委员会研究退出困难党员信息库";
        }
        int end = closed == Days.NONE ? w.today() : closed;
        int reviewed = Days.NONE;
        for (int k = 1; Days.plusYears(since, k) <= end; k++) {
            reviewed = Days.plusYears(since, k);
        }
        int nextReview = Days.plusYears(reviewed == Days.NONE ? since : reviewed, 1);
        String categories = age >= 70 ? (r.nextBoolean() ? "OLD_WEAK_SICK_DISABLED" : "OLD_WEAK_SICK_DISABLED,WIDOWED_OR_ALONE")
                : r.nextInt(100) < 3 ? "HARDSHIP_FROM_DUTY" : r.nextBoolean() ? "LIVING_DIFFICULTY"
                : "LIVING_DIFFICULTY,OLD_WEAK_SICK_DISABLED";
        long id = ids[HARDSHIP].next();
        out[HARDSHIP].entity(id, since, 600).add(memberId).add(categories).date(since)
                .add(age >= 70 ? "年老多病，独居，收入仅靠少量养老金" : "家庭成员患重病，医疗支出大，生活困难")
                .add(r.nextBoolean() ? "医疗救助、日常照料" : "生活补助").date(nextReview).date(reviewed)
                .add(reviewed == Days.NONE ? null : "经复核，仍符合困难党员条件").date(closed).add(closeReason);
        out[HARDSHIP].end();
        hardshipSince = since;
        hardshipUntil = closed == Days.NONE ? Integer.MAX_VALUE : closed;
        hardshipRecord = id;
    }

    private void aid(SplittableRandom r, int y, int ys, int ye) {
        if (r.nextInt(100) >= 55) {
            return;
        }
        int from = Math.max(ys, hardshipSince);
        int to = Math.min(Math.min(ye, w.today()), hardshipUntil == Integer.MAX_VALUE ? ye : hardshipUntil - 1);
        int applied = Days.of(y, 12, 1) + r.nextInt(20);
        if (applied < from || applied > to) {
            applied = day(r, from, to);
        }
        if (applied == Days.NONE) {
            return;
        }
        int approved = applied + 3;
        int noticeStart = applied + 4;
        int noticeEnd = noticeStart + 5;
        int paid = noticeEnd + 2;
        int amount = 1000 * (1 + r.nextInt(3));
        String funding = r.nextBoolean() ? "BUDGET" : "PARTY_FEES";
        long id = ids[AID].next();
        CopyStream o = out[AID];
        o.entity(id, applied, 600).add(hardshipRecord);
        if (paid <= w.today()) {
            o.add("PAID").date(applied).add(amount).add(funding).add("困难党员帮扶").add("支部委员会").date(approved)
                    .date(noticeStart).date(noticeEnd).date(paid).nul().nul();
        } else {
            o.add("APPLIED").date(applied).add(amount).add(funding).add("困难党员帮扶").nul().nul().nul().nul().nul()
                    .nul().nul();
        }
        o.end();
    }

    private void casualty(SplittableRandom r, int from) {
        boolean died = people.has(member, People.DIED_ON_DUTY) && people.status[member] == People.DECEASED;
        boolean disabled = people.has(member, People.DISABLED_ON_DUTY) && people.status[member] == People.ACTIVE;
        if (!died && !disabled || from > w.today() - 40) {
            return;
        }
        int eventDay = died ? people.statusDate[member] : day(r, from, w.today() - 40);
        int opened = Math.min(w.today(), eventDay + 1 + r.nextInt(10));
        boolean martyr = died && r.nextInt(100) < 15 && eventDay + 120 <= w.today();
        long caseId = ids[CASE].next();
        CopyStream o = out[CASE];
        o.entity(caseId, opened, 600).add(memberId).add(died ? "DIED_ON_DUTY" : "DISABLED_ON_DUTY").date(eventDay);
        if (died) {
            o.add(r.nextInt(100) < 15 ? "SACRIFICE" : "LINE_OF_DUTY").nul().nul();
        } else {
            int grade = 1 + r.nextInt(10);
            o.nul().add(grade).add("因公致残，评定为" + grade + "级伤残");
        }
        o.add(martyr).date(martyr ? eventDay + 120 : Days.NONE)
                .add(martyr ? "鲁政字〔" + Days.year(eventDay + 120) + "〕" + (10 + r.nextInt(90)) + "号" : null)
                .add(Catalog.name(r, true)).add("0531-8" + (1_000_000 + r.nextInt(8_999_999))).date(opened)
                .add(died ? "抢险救灾中因公殉职" : "执行任务时受伤").nul().nul();
        o.end();
        int birthYear = Days.year(people.birth[member]);
        int relatives = died ? 2 + r.nextInt(3) : 1;
        String[] relations = {"SPOUSE", "CHILD", "PARENT", "CHILD"};
        for (int k = 0; k < relatives; k++) {
            String relation = relations[k];
            int born = switch (relation) {
                case "SPOUSE" -> birthYear - 3 + r.nextInt(7);
                case "CHILD" -> birthYear + 24 + r.nextInt(10);
                default -> birthYear - 30 + r.nextInt(6);
            };
            long id = ids[FAMILY].next();
            out[FAMILY].entity(id, opened, 660).add(caseId).add(relation).add(Catalog.name(r, r.nextBoolean()))
                    .add(Math.min(born, Days.year(w.today()))).add(relation.equals("CHILD") ? "在读" : "务工收入")
                    .add(relation.equals("PARENT") ? "城乡居民养老保险" : null).add("城乡居民医疗保险")
                    .add(relation.equals("CHILD") ? "在校就读" : null);
            out[FAMILY].end();
        }
        if (died) {
            // 第28条: the family is followed up every period, each follow-up answering the open one (R28)
            int arose = eventDay;
            long follows = 0;
            int months = param("FAMILY_FOLLOW_UP_MONTHS");
            while (true) {
                int due = Days.plusMonths(arose, months);
                int answer = answer(r, arose, due);
                if (answer == WAIVE) {
                    answer = OPEN; // a family is not let go while its case is open
                } else if (answer >= 0) {
                    answer = Math.max(answer, Math.max(opened, arose + 1));
                }
                final long cid = caseId;
                resolve(r, "R28-FAMILY-FOLLOW-UP", "FAMILY_FOLLOW_UP", follows == 0 ? diedEvent : 0, arose, due,
                        answer, w.today(), "CASUALTY", day -> followUp(r, cid, day), 0, follows, null);
                if (fulfilled == Days.NONE) {
                    return;
                }
                follows = lastObligation;
                arose = fulfilled;
            }
        }
        for (int k = 0, n = 1 + r.nextInt(2); k < n; k++) {
            int d = opened + 30 + r.nextInt(400);
            if (d <= w.today()) {
                followUp(r, caseId, d);
            }
        }
    }

    private long followUp(SplittableRandom r, long caseId, int day) {
        long id = ids[FOLLOW_UP].next();
        boolean money = r.nextInt(100) < 40;
        out[FOLLOW_UP].entity(id, day, 600).add(caseId).date(day).add("街道党工委 " + Catalog.name(r, true))
                .add("家属生活基本稳定，子女就学正常").add(money ? "LIVING_ALLOWANCE" : r.nextBoolean() ? "GOODS" : null)
                .add(money ? "发放生活补助" : null).add(money ? 2000 : 0).add(money ? "BUDGET" : null);
        out[FOLLOW_UP].end();
        return id;
    }

    private void subsidy(int from) {
        if (people.admitted[member] >= FOUNDING
                || !people.has(member, People.RURAL) && !people.has(member, People.WITHOUT_PENSION)) {
            return;
        }
        int month = Days.of(Days.date(from).getYear(), Days.date(from).getMonthValue(), 1);
        for (; month <= last; month = Days.plusMonths(month, 1)) {
            int paid = month + 9;
            if (paid > w.today()) {
                return;
            }
            long id = ids[PAYMENT].next();
            out[PAYMENT].entity(id, paid, 600).add(memberId).add("MONTH").date(month).add(1)
                    .add(subsidyStandards.getOrDefault(Days.year(month), 600)).add("BUDGET").date(paid)
                    .add("老党员生活补贴");
            out[PAYMENT].end();
        }
    }

    // ---- rows ----

    private long event(String kind, int day, String note) {
        long id = ids[EVENT].next();
        out[EVENT].entity(id, day, 600).add(memberId).add(kind).date(day).add(note).add(Generator.ACTOR);
        out[EVENT].end();
        return id;
    }

    private long obligation(String rule, String action, long event, int arose, int due, String status, String type,
            long recordId, int fulfilledOn, String waivedReason, long campaign, long follows, String basis) {
        long id = ids[OBLIGATION].next();
        out[OBLIGATION].entity(id, arose, 480).add(memberId).add(rule).add(action).ref(event).date(arose).date(due)
                .add(status).add(type).ref(recordId).date(fulfilledOn).add(waivedReason)
                .add(waivedReason == null ? null : Generator.ACTOR).ref(campaign).ref(follows).add(basis);
        out[OBLIGATION].end();
        return id;
    }

    private long talk(SplittableRandom r, int day, String kind, String talker, String post) {
        long id = ids[TALK].next();
        out[TALK].entity(id, day, 540 + r.nextInt(600)).add(memberId).date(day).add(kind).add(talker).add(post)
                .add(r.nextInt(100) < 70 ? Catalog.pick(r, Catalog.TALK_PLACES) : null)
                .add(r.nextInt(100) < 60 ? Catalog.pick(r, Catalog.TALK_SUMMARIES) : null);
        out[TALK].end();
        return id;
    }

    private long visit(SplittableRandom r, int day, String kind, String visitors, boolean family, int money,
            String goods, int goodsValue, String funding, String notes) {
        long id = ids[VISIT].next();
        out[VISIT].entity(id, day, 540 + r.nextInt(600)).add(memberId).date(day).add(kind).add(visitors).add(family)
                .add(money).add(goods).add(goods == null ? 0 : goodsValue)
                .add(money == 0 && (goods == null || goodsValue == 0) ? null : funding).add(notes);
        out[VISIT].end();
        return id;
    }

    // ---- draws ----

    private int param(String key) {
        Integer v = params.get(key);
        if (v == null) {
            throw new IllegalStateException("rule parameter " + key + " not found");
        }
        return v;
    }

    /** A day in [from, to], or {@link Days#NONE} when the range is empty. */
    private static int day(SplittableRandom r, int from, int to) {
        return to < from ? Days.NONE : from + r.nextInt(to - from + 1);
    }

    private static int weighted(SplittableRandom r, int[] weights) {
        int u = r.nextInt(WEIGHT_TOTAL);
        for (int k = 0; k < weights.length; k++) {
            if (u < weights[k]) {
                return k;
            }
            u -= weights[k];
        }
        return weights.length - 1;
    }

    private static int poisson(SplittableRandom r, double lambda) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
