package cn.jinan.care.persistence.quota;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.QuotaRule;
import cn.jinan.care.domain.policy.QuotaStatus;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.talk.TalkKind;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.exemption.ExemptionService;
import cn.jinan.care.persistence.lecture.LectureRepository;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.training.StudyRecordRepository;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where members stand against their yearly quotas. Exempt members are shown as exempt, not hidden. One member's
 * standing is counted from the records; the lists of members short of a quota come from the compliance summaries.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class QuotaService {

    private final StudyRecordRepository studies;
    private final LectureRepository lectures;
    private final ExemptionService exemptions;
    private final ParameterService parameters;
    private final JdbcTemplate jdbc;
    private final ComplianceService compliance;

    /** The quotas that apply to the member in a year, each with done / required and whether exempt. */
    public List<QuotaStatus> statuses(Member member, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<QuotaStatus> result = new ArrayList<>();
        for (QuotaRule rule : QuotaRule.applicableTo(member)) {
            BigDecimal done = switch (rule) {
                case TRAINING_HOURS -> studies.hoursBetween(member.getId(), from, to);
                case LECTURES -> BigDecimal.valueOf(lectures.countBetween(member.getId(), from, to));
                case SUPERIOR_TALKS -> BigDecimal.valueOf(superiorTalks(member.getId(), from, to));
            };
            result.add(rule.status(year, done, exemptions.exempt(member.getId(), year, rule.rule()), parameters));
        }
        return result;
    }

    private long superiorTalks(long memberId, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("select count(*) from talk where member_id = ? and kind = ? and talk_date between ?"
                + " and ?", Long.class, memberId, TalkKind.SUPERIOR_TWO_WAY.name(), Date.valueOf(from), Date.valueOf(to));
    }

    /**
     * The active members of the scope short of a quota in a year, rule by rule and most missing first; exempt members
     * are left out (they are listed on their own pages as exempt). Read from the compliance summaries, so a city-wide
     * scope costs an index range, not a scan of every record.
     */
    public List<Shortfall> shortfalls(DataScope scope, int year) {
        return shortfalls(scope, year, Integer.MAX_VALUE);
    }

    /** The first {@code limit} shortfalls of {@link #shortfalls(DataScope, int)}. */
    public List<Shortfall> shortfalls(DataScope scope, int year, int limit) {
        compliance.requireBuilt(year);
        Map<RuleCode, BigDecimal> needed = new EnumMap<>(RuleCode.class);
        for (QuotaRule rule : QuotaRule.values()) {
            needed.put(rule.rule(), rule.required(year, parameters));
        }
        return jdbc.query("select c.member_id, m.name, o.name, c.rule_code, c.done" + SHORT
                        + " order by array_position(?::varchar[], c.rule_code), c.done, m.name, m.id limit ?",
                (rs, i) -> {
                    RuleCode rule = RuleCode.fromCode(rs.getString(4)).orElseThrow();
                    return new Shortfall(rs.getLong(1), rs.getString(2), rs.getString(3), rule, needed.get(rule),
                            rs.getBigDecimal(5));
                }, year, scope.likePattern(), QUOTA_CODES, QUOTA_CODES, limit);
    }

    /** How many shortfalls {@link #shortfalls(DataScope, int)} has. */
    public long countShortfalls(DataScope scope, int year) {
        compliance.requireBuilt(year);
        Long count = jdbc.queryForObject("select count(*)" + SHORT, Long.class, year, scope.likePattern(),
                QUOTA_CODES);
        return count == null ? 0 : count;
    }

    private static final String[] QUOTA_CODES = java.util.Arrays.stream(QuotaRule.values())
            .map(q -> q.rule().code()).toArray(String[]::new);

    private static final String SHORT = """
             from compliance_member c join member m on m.id = c.member_id join organization o on o.id = c.organization_id
            where c.year = ? and c.org_path like ? and c.rule_code = any(?::varchar[]) and c.required > c.met
            """;

    /** Which members a quota applies to, as SQL over member {@code m}. */
    private static String applies(QuotaRule rule) {
        return switch (rule) {
            case TRAINING_HOURS -> "true";
            case LECTURES -> "m.leading_cadre";
            case SUPERIOR_TALKS -> "m.grassroots";
        };
    }

    /** What a member did towards a quota between two dates (two date parameters), as SQL over member {@code m}. */
    private static String done(QuotaRule rule) {
        return switch (rule) {
            case TRAINING_HOURS -> "(select coalesce(sum(s.hours), 0) from study_record s where s.member_id = m.id"
                    + " and s.study_date between ? and ?)";
            case LECTURES -> "(select count(*) from lecture l where l.speaker_id = m.id"
                    + " and l.lecture_date between ? and ?)";
            case SUPERIOR_TALKS -> "(select count(*) from talk t where t.member_id = m.id"
                    + " and t.kind = 'SUPERIOR_TWO_WAY' and t.talk_date between ? and ?)";
        };
    }

    /** Active, not exempt members of the scope the quota applies to, with what they did in the year. */
    private static String doneInYear(QuotaRule rule) {
        return """
                select m.id, m.name, o.name as org_name, %s as done
                  from member m join organization o on o.id = m.organization_id
                 where o.path like ? and m.status = 'ACTIVE' and %s
                   and not exists (select 1 from exemption e where e.member_id = m.id and e.quota_year = ?
                                    and e.rule_code = ?)
                """.formatted(done(rule), applies(rule));
    }

    /**
     * What changing a quota's number for a year would do, before it is saved: how many members in the scope would
     * fall short who meet it now, and how many would meet it who fall short now.
     */
    public QuotaChangePreview preview(DataScope scope, QuotaRule rule, int year, BigDecimal proposed) {
        BigDecimal current = rule.required(year, parameters);
        String sql = "select count(*) filter (where t.done >= ? and t.done < ?),"
                + " count(*) filter (where t.done < ? and t.done >= ?), count(*) from (" + doneInYear(rule) + ") t";
        return jdbc.queryForObject(sql, (rs, i) -> new QuotaChangePreview(rule.rule(), year, current, proposed,
                        rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                current, proposed, current, proposed, Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31)), scope.likePattern(), year, rule.rule().code());
    }

    /** R09-POLITICAL-BIRTHDAY (advisory): active members of the scope admitted in this month of an earlier year. */
    public List<Anniversary> politicalBirthdays(DataScope scope, LocalDate today) {
        return politicalBirthdays(scope, today, Integer.MAX_VALUE);
    }

    /** As above, the first {@code limit} of them. */
    public List<Anniversary> politicalBirthdays(DataScope scope, LocalDate today, int limit) {
        return jdbc.query("""
                select m.id, m.name, o.name, m.admitted_date from member m join organization o on o.id = m.organization_id
                 where o.path like ? and m.status = 'ACTIVE' and extract(month from m.admitted_date) = ?
                   and m.admitted_date < ?
                 order by extract(day from m.admitted_date), m.name, m.id limit ?
                """, (rs, i) -> {
                    LocalDate admitted = rs.getDate(4).toLocalDate();
                    return new Anniversary(rs.getLong(1), rs.getString(2), rs.getString(3), admitted,
                            today.getYear() - admitted.getYear());
                }, scope.likePattern(), today.getMonthValue(), Date.valueOf(today.withDayOfMonth(1)), limit);
    }

    public static boolean isQuota(RuleCode rule) {
        return rule == RuleCode.R03_TRAINING_HOURS || rule == RuleCode.R04_LECTURES
                || rule == RuleCode.R08_SUPERIOR_TALKS;
    }
}
