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

    /** A record was logged: it fulfils the oldest matching open obligation, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Obligation> onRecord(FulfillingRecord record) {
        if (record.action() == null) {
            return Optional.empty();
        }
        List<Obligation> open = obligations.findOpenFor(record.member().getId(), record.action(), record.date());
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
            obligations.findOpenFollowUps(obligation.getMember().getId(), obligation.getRule(),
                    obligation.getFulfilledOn()).stream().findFirst().ifPresent(obligations::delete);
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

    private void fulfil(Obligation obligation, FulfillingRecord record) {
        obligation.fulfil(record.type(), record.id(), record.date());
        engine.followUp(record.member(), obligation.getRule(), record.date(), parameters)
                .ifPresent(next -> obligations.save(Obligation.arise(record.member(), null, record.date(), next)));
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
        List<Object[]> candidates = entityManager.createQuery("select r.id, r.date from " + entity + " r"
                        + " where r.member.id = :member and r.kind = " + kindEnum + "." + kind
                        + " and r.date >= :from order by r.date, r.id", Object[].class)
                .setParameter("member", obligation.getMember().getId())
                .setParameter("from", obligation.getAroseOn())
                .getResultList();
        for (Object[] c : candidates) {
            long recordId = (Long) c[0];
            if (obligations.findByFulfilledByTypeAndFulfilledById(type, recordId).isEmpty()) {
                return Optional.of(new FulfillingRecord(type, recordId, obligation.getMember(),
                        obligation.getAction(), (LocalDate) c[1]));
            }
        }
        return Optional.empty();
    }

    public Page<Obligation> openInScope(DataScope scope, Pageable pageable) {
        return obligations.findOpenInScope(scope.likePattern(), RESTRICTED, pageable);
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
