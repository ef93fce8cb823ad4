package cn.jinan.care.persistence.counseling;

import cn.jinan.care.domain.counseling.CounselingCase;
import cn.jinan.care.domain.counseling.CounselingSession;
import cn.jinan.care.domain.member.Member;
import java.time.LocalDate;
import java.util.List;

/**
 * A counseling case as a user may see it. Without the counseling permission it is redacted: it says only that the
 * case exists, when it was opened and whether it is closed, and holds neither the case nor its sessions.
 */
public record CounselingView(long id, Member member, LocalDate openedOn, LocalDate closedOn, CounselingCase contents,
        List<CounselingSession> sessions) {

    static CounselingView redacted(CounselingCase c) {
        return new CounselingView(c.getId(), c.getMember(), c.getReferralDate(), c.getClosedOn(), null, List.of());
    }

    static CounselingView full(CounselingCase c, List<CounselingSession> sessions) {
        return new CounselingView(c.getId(), c.getMember(), c.getReferralDate(), c.getClosedOn(), c, sessions);
    }

    public boolean contentsVisible() {
        return contents != null;
    }

    public boolean closed() {
        return closedOn != null;
    }
}
