package cn.jinan.care.persistence.campaign;

import cn.jinan.care.domain.campaign.TargetGroup;
import cn.jinan.care.domain.campaign.VisitCampaign;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who a campaign visits: one selector per target group, each a query over the campaign's subtree, so that a register
 * built later (the old members' register, the on-duty casualty register) replaces one method. Members off the roster
 * are left out, except the deceased whose families the casualty-family group visits.
 */
@Component
@RequiredArgsConstructor
public class CampaignTargets {

    private static final String IN_SUBTREE = " from member m join organization o on o.id = m.organization_id"
            + " where o.path like ?";

    private final JdbcTemplate jdbc;
    private final cn.jinan.care.persistence.policy.ParameterService parameters;

    /** The distinct members the campaign's groups name, ascending by id. */
    public SortedSet<Long> of(VisitCampaign campaign) {
        String pattern = campaign.getOrganization().getPath() + "%";
        SortedSet<Long> ids = new TreeSet<>();
        for (TargetGroup group : campaign.getTargets()) {
            ids.addAll(switch (group) {
                case HARDSHIP -> hardship(pattern);
                case OLD_MEMBERS -> oldMembers(pattern, campaign.getWindowStart());
                case CASUALTY_FAMILIES -> casualtyFamilies(pattern);
                case AGE_OVER -> agedAtLeast(pattern, campaign.getMinAge(), campaign.getWindowStart());
                case CUSTOM -> custom(pattern, campaign.getCustomMembers());
            });
        }
        return ids;
    }

    /** Active members with an open record in the hardship register (第27条 困难党员信息库). */
    List<Long> hardship(String pattern) {
        return jdbc.queryForList("select distinct m.id" + IN_SUBTREE + " and m.status = 'ACTIVE'"
                + " and exists (select 1 from hardship_record h where h.member_id = m.id and h.closed_on is null)",
                Long.class, pattern);
    }

    /**
     * 第26条's old members on the window's first day: those the old members' register makes eligible for the living
     * subsidy (rural members admitted before the rural cutoff, urban members without retirement pay admitted before the
     * urban cutoff; both parameters) and those owed home visits as seriously ill, very old or disabled (an open
     * R26-OLD-MEMBER-VISIT obligation).
     */
    List<Long> oldMembers(String pattern, LocalDate onDay) {
        LocalDate ruralBefore = cn.jinan.care.domain.policy.ParameterKey.asDate(parameters.valueOn(
                cn.jinan.care.domain.policy.ParameterKey.OLD_MEMBER_SUBSIDY_RURAL_BEFORE, onDay));
        LocalDate urbanBefore = cn.jinan.care.domain.policy.ParameterKey.asDate(parameters.valueOn(
                cn.jinan.care.domain.policy.ParameterKey.OLD_MEMBER_SUBSIDY_URBAN_BEFORE, onDay));
        return jdbc.queryForList("select m.id" + IN_SUBTREE + " and m.status = 'ACTIVE'"
                + " and ((m.household = 'RURAL' and m.admitted_date < ?)"
                + " or (m.household = 'URBAN' and m.without_pension and m.admitted_date < ?)"
                + " or exists (select 1 from obligation x where x.member_id = m.id"
                + " and x.rule_code = 'R26-OLD-MEMBER-VISIT' and x.status = 'OPEN'))",
                Long.class, pattern, Date.valueOf(ruralBefore), Date.valueOf(urbanBefore));
    }

    /**
     * Members who died on duty (因公殉职、牺牲, 第28条) with an open file in the casualty register: their families are
     * visited. A file opened for a member disabled on duty counts too (the member is visited).
     */
    List<Long> casualtyFamilies(String pattern) {
        return jdbc.queryForList("select distinct m.id" + IN_SUBTREE
                + " and exists (select 1 from casualty_case c where c.member_id = m.id and c.closed_on is null)"
                + " and (m.status = 'ACTIVE' or exists (select 1 from casualty_case d where d.member_id = m.id"
                + " and d.kind = 'DIED_ON_DUTY'))", Long.class, pattern);
    }

    /** Active members who are at least {@code age} years old on {@code onDay}. */
    List<Long> agedAtLeast(String pattern, int age, LocalDate onDay) {
        return jdbc.queryForList("select m.id" + IN_SUBTREE + " and m.status = 'ACTIVE' and m.birth_date <= ?",
                Long.class, pattern, Date.valueOf(onDay.minusYears(age)));
    }

    /** The named members who are active and in the subtree. */
    List<Long> custom(String pattern, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        String array = memberIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        return jdbc.queryForList("select m.id" + IN_SUBTREE + " and m.status = 'ACTIVE'"
                + " and m.id = any(cast(? as bigint[]))", Long.class, pattern, array);
    }
}
