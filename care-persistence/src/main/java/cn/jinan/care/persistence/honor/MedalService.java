package cn.jinan.care.persistence.honor;

import cn.jinan.care.domain.honor.Honor;
import cn.jinan.care.domain.honor.HonorKind;
import cn.jinan.care.domain.honor.MedalRule;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.sanction.ImpactPeriod;
import cn.jinan.care.domain.sanction.Sanction;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.sanction.SanctionRepository;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.Submissions;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "光荣在党50年" medal (R09-MEDAL-50, 第9条) within a data scope: for a year, the members due it (candidates),
 * those held back by a sanction's impact period on the counting day (R20-IMPACT-PERIOD), and those who have it. The
 * lists are computed in the database, paged, from the same three comparisons as {@link MedalRule#assess}: a full
 * member on the roster whose full-membership date is on or before {@link MedalRule#latestFullMemberDate}, without the
 * medal, and inside no impact period on the counting day (for candidates) or inside one (held back).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class MedalService {

    static final String SUBMISSION_TYPE = "MEDAL";

    private static final String FROM = """
             from member m join organization o on o.id = m.organization_id
            where o.path like :pathPattern
              and m.status = 'ACTIVE' and m.full_member_date is not null
              and m.full_member_date <= :latestFullMemberDate
              and not exists (select 1 from honor h where h.member_id = m.id and h.kind = 'MEDAL_50')
            """;
    private static final String IN_IMPACT = """
            exists (select 1 from sanction s where s.member_id = m.id
                     and s.decided_on <= :countDate and s.impact_until >= :countDate)
            """;
    private static final String COLUMNS = "select m.id, m.name, o.id as org_id, o.name as org_name, m.admitted_date,"
            + " m.full_member_date";

    private final NamedParameterJdbcTemplate jdbc;
    private final ParameterService parameters;
    private final MemberService members;
    private final HonorRepository honors;
    private final SanctionRepository sanctions;
    private final Submissions submissions;
    private final Clock clock;

    /** The rule for a year's list, with the parameters in force then. */
    public MedalRule rule(int year) {
        return MedalRule.forYear(parameters, year);
    }

    /** Members due the medal in {@code year}: longest in the party first. */
    public Page<MedalCandidate> candidates(DataScope scope, int year, Pageable pageable) {
        MedalRule rule = rule(year);
        MapSqlParameterSource params = params(scope, rule, year);
        String where = FROM + " and not " + IN_IMPACT;
        long total = count(where, params);
        List<MedalCandidate> rows = jdbc.query(COLUMNS + ", null as impact_until" + where
                        + " order by m.full_member_date, m.id limit :limit offset :offset",
                page(params, pageable), (rs, n) -> row(rs, rule, year));
        return new PageImpl<>(rows, pageable, total);
    }

    /** Members old enough in the party but inside an impact period on the counting day, with its last day. */
    public Page<MedalCandidate> heldBack(DataScope scope, int year, Pageable pageable) {
        MedalRule rule = rule(year);
        MapSqlParameterSource params = params(scope, rule, year);
        String where = FROM + " and " + IN_IMPACT;
        long total = count(where, params);
        List<MedalCandidate> rows = jdbc.query(COLUMNS + ", (select max(s.impact_until) from sanction s"
                        + " where s.member_id = m.id and s.decided_on <= :countDate and s.impact_until >= :countDate)"
                        + " as impact_until" + where + " order by m.full_member_date, m.id limit :limit offset :offset",
                page(params, pageable), (rs, n) -> row(rs, rule, year));
        return new PageImpl<>(rows, pageable, total);
    }

    /** The medals of {@code year} in scope. */
    public Page<Honor> awarded(DataScope scope, int year, Pageable pageable) {
        return honors.findInScope(scope.likePattern(), List.of(HonorKind.MEDAL_50), year, year, pageable);
    }

    /** Where a member in scope stands on the year's list, by the domain rule (for checks one member at a time). */
    public MedalRule.Standing standing(DataScope scope, long memberId, int year) {
        return standing(members.get(scope, memberId), year);
    }

    /**
     * Awards the medal of {@code year} to these members in scope, all or none: each must be a candidate (a member
     * who has the medal, is held back or is not due it refuses the whole batch, naming them). Each award records
     * the member's "honored" event. A resubmitted form (same token) awards nothing more.
     *
     * @return how many medals were awarded
     */
    @Transactional
    public int award(DataScope scope, UUID token, int year, List<Long> memberIds, LocalDate awardedOn,
            String awardingBody, String documentNumber) {
        if (memberIds == null || memberIds.isEmpty()) {
            throw DomainException.onField("memberIds", "medal.none-chosen");
        }
        List<Member> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(memberIds)) {
            chosen.add(members.get(scope, id));
        }
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return 0;
        }
        for (Member member : chosen) {
            MedalRule.Standing standing = standing(member, year);
            if (standing != MedalRule.Standing.CANDIDATE) {
                throw DomainException.onField("memberIds", "medal.not-candidate." + standing.name(),
                        member.getName());
            }
        }
        LocalDate today = LocalDate.now(clock);
        Long first = null;
        for (Member member : chosen) {
            Honor medal = honors.saveAndFlush(Honor.medal(member, year, awardedOn, awardingBody, documentNumber,
                    today));
            first = first == null ? medal.getId() : first;
            // 第8条: 获得功勋荣誉表彰时…谈心谈话，给予鼓励鞭策
            members.recordEvent(scope, member.getId(), MemberEventKind.HONORED, medal.getAwardedOn(),
                    "光荣在党50年纪念章");
        }
        submissions.created(token, first);
        return chosen.size();
    }

    private MedalRule.Standing standing(Member member, int year) {
        List<ImpactPeriod> periods = sanctions.findByMember(member.getId()).stream()
                .map(Sanction::impactPeriod).flatMap(Optional::stream).toList();
        boolean awarded = honors.existsByMemberIdAndKind(member.getId(), HonorKind.MEDAL_50);
        return rule(year).assess(member.getStatus(), member.getFullMemberDate(), awarded, periods, year);
    }

    private long count(String where, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("select count(*)" + where, params, Long.class);
        return n == null ? 0 : n;
    }

    private static MapSqlParameterSource params(DataScope scope, MedalRule rule, int year) {
        return new MapSqlParameterSource(Map.of("pathPattern", scope.likePattern(),
                "latestFullMemberDate", Date.valueOf(rule.latestFullMemberDate(year)),
                "countDate", Date.valueOf(rule.countDate(year))));
    }

    private static MapSqlParameterSource page(MapSqlParameterSource params, Pageable pageable) {
        return new MapSqlParameterSource(params.getValues()).addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
    }

    private static MedalCandidate row(ResultSet rs, MedalRule rule, int year) throws SQLException {
        LocalDate full = rs.getObject("full_member_date", LocalDate.class);
        return new MedalCandidate(rs.getLong("id"), rs.getString("name"), rs.getLong("org_id"),
                rs.getString("org_name"), rs.getObject("admitted_date", LocalDate.class), full,
                rule.partyAgeOn(full, year).map(a -> a.years()).orElse(0),
                rs.getObject("impact_until", LocalDate.class));
    }
}
