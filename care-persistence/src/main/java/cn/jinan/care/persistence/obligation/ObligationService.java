package cn.jinan.care.persistence.obligation;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEvent;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.policy.ObligationSpec;
import cn.jinan.care.domain.policy.PolicyEngine;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import cn.jinan.care.domain.policy.RuleCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps obligations in step with events and records, in the transaction that writes them: an event opens what the
 * policy makes due; a record fulfils the member's oldest open obligation of its action that arose on or before its
 * date; a record that changes or goes away releases what it fulfilled.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ObligationService {

    /**
     * Obligations of discipline rules: the effect evaluation after an accountability decision (R18-FOUR-MUSTS) is
     * sensitive and is worked in its own register, which only the organization department opens; the to-do lists,
     * counts and member pages that branch secretaries see leave it out, and it cannot be waived.
     */
    public static final Set<RuleCode> RESTRICTED = EnumSet.of(RuleCode.R18_FOUR_MUSTS);

    private final ObligationRepository obligations;
    private final PolicyEngine engine;
    private final ParameterService parameters;
    private final EntityManager entityManager;
    private final Clock clock;

    /**
     * Opens the obligations an event creates. Records already logged on or after the event date (a talk entered
     * before the event was) fulfil them straight away.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Obligation> onEvent(MemberEvent event) {
        Member member = event.getMember();
        if (event.getKind() == cn.jinan.care.domain.member.MemberEventKind.DIED
                || event.getKind() == cn.jinan.care.domain.member.MemberEventKind.TRANSFERRED_OUT) {
            // what was owed to the member can no longer be done here; the reason is kept on each obligation
            String reason = event.getKind() == cn.jinan.care.domain.member.MemberEventKind.DIED
                    ? "党员已去世（" + event.getEventDate() + "），自动免于办理"
                    : "组织关系已转出（" + event.getEventDate() + "），自动免于办理";
            for (Obligation open : obligations.findByMember(member.getId())) {
                if (open.getStatus() == cn.jinan.care.domain.obligation.ObligationStatus.OPEN) {
                    open.waive(reason, AuditActor.current());
                }
            }
        }
        List<Obligation> opened = new ArrayList<>();
        for (ObligationSpec spec : engine.obligationsFor(member, event.getKind(), event.getEventDate(), parameters)) {
            Obligation obligation = obligations.save(Obligation.arise(member, event, event.getEventDate(), spec));
            opened.add(obligation);
            unusedRecordFor(obligation).ifPresent(record -> fulfil(obligation, record));
        }
        return opened;
    }

    /**
     * Makes a campaign's holiday visit due for a member (第27条), due on the window's last day. A holiday visit already
     * logged inside the window (before the campaign was opened) that fulfils nothing yet fulfils it straight away.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Obligation onCampaignTarget(Member member, long campaignId, LocalDate windowStart, LocalDate windowEnd) {
        Obligation obligation = obligations.save(Obligation.forCampaign(member, campaignId, windowStart, windowEnd));
        unusedRecordFor(obligation).ifPresent(record -> fulfil(obligation, record));
        return obligation;
    }

    /** A record was logged: it fulfils the oldest matching open obligation, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Obligation> onRecord(FulfillingRecord record) {
        if (record.action() == null) {
            return Optional.empty();
        }
        List<Obligation> open = obligations.findOpenFor(record.member().getId(), record.action(), record.date())
                .stream().filter(o -> !askedForThatDay(o, record.date())).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Obligation obligation = open.get(0);
        fulfil(obligation, record);
        return Optional.of(obligation);
    }

    /**
     * A record changed (member, kind or date) or was deleted: what it fulfilled is open again, and the next visit it
     * asked for (a recurring rule's follow-up) is withdrawn; then the record is matched afresh if it still exists, and
     * what it no longer fulfils is taken over by another record already logged, if one matches.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void onRecordChanged(String type, long id, Optional<FulfillingRecord> now) {
        List<Obligation> released = obligations.findByFulfilledByTypeAndFulfilledById(type, id);
        for (Obligation obligation : released) {
            // the next visit this one asked for, named by its link (a planned visit arising the same day is not it)
            obligations.findOpenFollowUps(obligation.getId()).forEach(obligations::delete);
            obligation.reopen();
        }
        entityManager.flush();
        now.ifPresent(this::onRecord);
        for (Obligation obligation : released) {
            if (obligation.getStatus() == ObligationStatus.OPEN) {
                unusedRecordFor(obligation).ifPresent(record -> fulfil(obligation, record));
            }
        }
    }

    /**
     * Opens an obligation a register asks for (not a member event's rule: e.g. the family follow-up of a death on duty,
     * which the casualty register knows about). Records already logged that answer it fulfil it straight away, and,
     * for a recurring rule, the follow-ups each of them asks for in turn: the chain catches up with the visits logged
     * before the register knew.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Obligation open(Member member, MemberEvent event, LocalDate aroseOn, ObligationSpec spec) {
        Obligation first = obligations.save(Obligation.arise(member, event, aroseOn, spec));
        Optional<Obligation> current = Optional.of(first);
        while (current.isPresent()) {
            Obligation obligation = current.get();
            current = unusedRecordFor(obligation).flatMap(record -> fulfil(obligation, record));
        }
        return first;
    }

    /** Waives the member's open obligations of a rule, with the reason (e.g. the register's case was closed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Obligation> waiveOpen(Member member, cn.jinan.care.domain.policy.RuleCode rule, String reason) {
        List<Obligation> waived = new ArrayList<>();
        for (Obligation o : obligations.findByMember(member.getId())) {
            if (o.getStatus() == ObligationStatus.OPEN && o.getRule() == rule) {
                o.waive(reason, AuditActor.current());
                waived.add(o);
            }
        }
        return waived;
    }

    /**
     * Fulfils the obligation; returns the next visit a recurring rule asks for, unless another of the member's
     * obligations of the rule is still open (two conditions, e.g. seriously ill and very old, call for one series of
     * visits, not two).
     */
    private Optional<Obligation> fulfil(Obligation obligation, FulfillingRecord record) {
        obligation.fulfil(record.type(), record.id(), record.date());
        return engine.followUp(record.member(), obligation.getRule(), record.date(), parameters)
                .filter(next -> !obligations.existsOpen(record.member().getId(), obligation.getRule()))
                .map(next -> obligations.save(Obligation.followUp(obligation, next)));
    }

    /**
     * A recurring rule's follow-up that arose from a record of this day: a second record of the same day (the same
     * visit logged in the visit log and in a register) does not answer it.
     */
    private boolean askedForThatDay(Obligation obligation, LocalDate recordDate) {
        return obligation.getFollowsId() != null && obligation.getAroseOn().equals(recordDate);
    }

    /** A talk or visit of the obligation's action, on or after its day, that fulfils nothing yet. */
    private Optional<FulfillingRecord> unusedRecordFor(Obligation obligation) {
        boolean talk = obligation.getAction().isTalk();
        Optional<String> kindName = talk
                ? cn.jinan.care.domain.talk.TalkKind.forAction(obligation.getAction()).map(Enum::name)
                : cn.jinan.care.domain.visit.VisitKind.forAction(obligation.getAction()).map(Enum::name);
        if (kindName.isEmpty()) {
            return Optional.empty(); // fulfilled by another kind of record (a register's own)
        }
        String entity = talk ? "Talk" : "Visit";
        String type = talk ? FulfillingRecord.TALK : FulfillingRecord.VISIT;
        String kindEnum = talk ? "cn.jinan.care.domain.talk.TalkKind" : "cn.jinan.care.domain.visit.VisitKind";
        String kind = kindName.get();
        // a campaign's obligation takes only a record inside its window
        LocalDate to = obligation.isCampaign() ? obligation.getDueDate() : LocalDate.of(9999, 12, 31);
        List<Object[]> candidates = entityManager.createQuery("select r.id, r.date from " + entity + " r"
                        + " where r.member.id = :member and r.kind = " + kindEnum + "." + kind
                        + " and r.date >= :from and r.date <= :to order by r.date, r.id", Object[].class)
                .setParameter("member", obligation.getMember().getId())
                .setParameter("from", obligation.getAroseOn())
                .setParameter("to", to)
                .getResultList();
        List<Object[]> typed = new ArrayList<>();
        candidates.forEach(c -> typed.add(new Object[] {type, c[0], c[1]}));
        if (obligation.getAction() == cn.jinan.care.domain.policy.RequiredAction.FAMILY_FOLLOW_UP) {
            // 第28条: the casualty register's own follow-ups answer the family follow-up as visits do
            entityManager.createQuery("select f.id, f.date from CasualtyFollowUp f join f.casualtyCase c"
                            + " where c.member.id = :member and c.kind = cn.jinan.care.domain.casualty.CasualtyKind"
                            + ".DIED_ON_DUTY and f.date >= :from", Object[].class)
                    .setParameter("member", obligation.getMember().getId())
                    .setParameter("from", obligation.getAroseOn())
                    .getResultList()
                    .forEach(c -> typed.add(new Object[] {FulfillingRecord.CASUALTY, c[0], c[1]}));
            typed.sort(java.util.Comparator.comparing((Object[] c) -> (LocalDate) c[2])
                    .thenComparing(c -> (Long) c[1]));
        }
        for (Object[] c : typed) {
            String recordType = (String) c[0];
            long recordId = (Long) c[1];
            LocalDate date = (LocalDate) c[2];
            if (askedForThatDay(obligation, date)) {
                continue;
            }
            if (obligations.findByFulfilledByTypeAndFulfilledById(recordType, recordId).isEmpty()) {
                return Optional.of(new FulfillingRecord(recordType, recordId, obligation.getMember(),
                        obligation.getAction(), date));
            }
        }
        return Optional.empty();
    }

    public Page<Obligation> openInScope(DataScope scope, Pageable pageable) {
        return obligations.findOpenInScope(scope.likePattern(), RESTRICTED, pageable);
    }

    /**
     * The open obligations of the given rules in a scope that fall due in a year (an obligation belongs to the year of
     * its due date, as in the compliance summaries), the earliest due first, paged in SQL. With {@code overdueOnly},
     * only those already past their due date today. The caller leaves {@link #RESTRICTED} rules out for roles that
     * must not see them.
     */
    public Page<Obligation> openInYear(DataScope scope, int year, Collection<RuleCode> rules,
            boolean overdueOnly, Pageable pageable) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        if (overdueOnly) {
            LocalDate yesterday = LocalDate.now(clock).minusDays(1);
            to = yesterday.isBefore(to) ? yesterday : to;
        }
        if (rules.isEmpty() || to.isBefore(from)) {
            return Page.empty(pageable);
        }
        return obligations.findOpenDueBetween(scope.likePattern(), rules, from, to, pageable);
    }

    public long countOpen(DataScope scope) {
        return obligations.countOpenInScope(scope.likePattern(), RESTRICTED);
    }

    public long countOverdue(DataScope scope) {
        return obligations.countOverdueInScope(scope.likePattern(), LocalDate.now(clock), RESTRICTED);
    }

    /**
     * A member's obligations, open ones first, without those of discipline rules ({@link #RESTRICTED}). The caller has
     * checked the member is in scope.
     */
    public List<Obligation> forMember(long memberId) {
        return obligations.findByMember(memberId).stream().filter(o -> !RESTRICTED.contains(o.getRule())).toList();
    }

    public Obligation get(DataScope scope, long id) {
        return obligations.findInScope(id, scope.likePattern(), RESTRICTED)
                .orElseThrow(() -> new NotFoundException("obligation", id));
    }

    @Transactional
    public Obligation waive(DataScope scope, long id, String reason) {
        Obligation obligation = get(scope, id);
        obligation.waive(reason, AuditActor.current());
        return obligation;
    }
}
