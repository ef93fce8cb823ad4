package cn.jinan.care.domain.delegate;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One delegate called to a session, present or not. */
@Entity
@Table(name = "delegate_attendance")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DelegateAttendance extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private DelegateSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Column(nullable = false)
    private boolean present;

    DelegateAttendance(DelegateSession session, Member member, boolean present) {
        this.session = session;
        this.member = member;
        this.present = present;
    }

    void mark(boolean isPresent) {
        this.present = isPresent;
    }
}
