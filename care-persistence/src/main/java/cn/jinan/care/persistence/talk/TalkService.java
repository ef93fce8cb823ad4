package cn.jinan.care.persistence.talk;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.talk.Talk;
import cn.jinan.care.domain.talk.TalkDetails;
import cn.jinan.care.persistence.audit.SensitiveReadLog;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.FulfillingRecord;
import cn.jinan.care.persistence.obligation.Logged;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Talks within a data scope. Logging one fulfils the obligation it answers, in the same transaction. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class TalkService {

    public static final String SENSITIVE_TYPE = "TALK_SUMMARY";

    private final TalkRepository talks;
    private final MemberService members;
    private final ObligationService obligations;
    private final SensitiveReadLog sensitiveReads;
    private final Submissions submissions;
    private final Clock clock;

    /**
     * Logs a talk with a member in scope. A resubmitted form (same token) creates nothing and returns the talk the
     * first submit created.
     */
    @Transactional
    public Logged log(DataScope scope, UUID token, long memberId, TalkDetails details) {
        Member member = members.get(scope, memberId);
        Optional<Long> earlier = submissions.claim(token, FulfillingRecord.TALK);
        if (earlier.isPresent()) {
            return new Logged(earlier.get(), Optional.empty());
        }
        Talk talk = talks.save(Talk.log(member, details, today()));
        submissions.created(token, talk.getId());
        return new Logged(talk.getId(), obligations.onRecord(asRecord(talk)));
    }

    @Transactional
    public Talk change(DataScope scope, long id, long expectedVersion, TalkDetails details) {
        Talk talk = get(scope, id);
        Versions.require(talk, expectedVersion);
        talk.change(details, today());
        obligations.onRecordChanged(FulfillingRecord.TALK, id, Optional.of(asRecord(talk)));
        return talk;
    }

    /** The talk without its summary being logged as read: for lists and forms that do not show the summary. */
    public Talk get(DataScope scope, long id) {
        return talks.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("talk", id));
    }

    /** The talk to be shown with its summary: the read is logged. */
    @Transactional
    public Talk read(DataScope scope, long id) {
        Talk talk = get(scope, id);
        if (talk.getSummary() != null) {
            sensitiveReads.log(SENSITIVE_TYPE, talk.getId(), talk.getMember().getId());
        }
        return talk;
    }

    public List<Talk> forMember(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return talks.findByMember(memberId);
    }

    public Page<Talk> inScope(DataScope scope, Pageable pageable) {
        return talks.findInScope(scope.likePattern(), pageable);
    }

    private static FulfillingRecord asRecord(Talk talk) {
        return new FulfillingRecord(FulfillingRecord.TALK, talk.getId(), talk.getMember(),
                talk.fulfils().orElse(null), talk.getDate());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
