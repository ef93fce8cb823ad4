package cn.jinan.care.persistence.oldmember;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.PlannedBasis;
import cn.jinan.care.domain.policy.OldMemberVisitRule;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.PolicyEngine;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.policy.ParameterService;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R26-OLD-MEMBER-VISIT for very old members (高龄, 第26条): no event marks the day a member reaches the age, so each day
 * the planner opens a home visit, due one period later, for every member on the roster of the very-old age who has no
 * R26 visit open. Idempotent: a member with an open R26 visit (for any reason: very old, seriously ill, disabled, or
 * the next visit after the last) gets none, so running it twice, or on two instances at once (a partial unique index
 * backs this), opens nothing more. Once visited, the next visit follows from the visit as for the other conditions;
 * a waived visit is answered by a new one the next day, since the member is still very old.
 */
@Service
@RequiredArgsConstructor
public class OldMemberVisitPlanner {

    private final EntityManager entityManager;
    private final ObligationRepository obligations;
    private final ParameterService parameters;
    private final PolicyEngine engine;

    /** Opens the visits due on {@code asOf}; returns how many it opened. */
    @Transactional
    public int plan(LocalDate asOf) {
        int age = parameters.intValueOn(ParameterKey.OLD_MEMBER_VERY_OLD_AGE, asOf);
        List<Member> due = entityManager.createQuery("""
                select m from Member m
                 where m.status = cn.jinan.care.domain.member.MemberStatus.ACTIVE and m.birthDate <= :bornBy
                   and not exists (select o from Obligation o where o.member = m
                        and o.rule = :rule and o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN)
                 order by m.id
                """, Member.class)
                .setParameter("bornBy", asOf.minusYears(age))
                .setParameter("rule", cn.jinan.care.domain.policy.RuleCode.R26_OLD_MEMBER_VISIT)
                .getResultList();
        OldMemberVisitRule rule = engine.oldMemberVisits();
        int opened = 0;
        for (Member member : due) {
            var spec = rule.planned(member, asOf, parameters);
            if (spec.isPresent()) {
                obligations.save(Obligation.planned(member, asOf, spec.get(), PlannedBasis.VERY_OLD));
                opened++;
            }
        }
        return opened;
    }
}
