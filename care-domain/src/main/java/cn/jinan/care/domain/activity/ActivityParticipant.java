package cn.jinan.care.domain.activity;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.DomainException;
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

/** A member who took part in an activity, picked from the roster of the organizer's subtree. */
@Entity
@Table(name = "org_activity_participant")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ActivityParticipant extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    public static ActivityParticipant of(Activity activity, Member member) {
        if (!activity.isOpenTo(member.getOrganization())) {
            throw DomainException.onField("memberIds", "activity.participant.outside", member.getName());
        }
        ActivityParticipant p = new ActivityParticipant();
        p.activity = activity;
        p.member = member;
        return p;
    }
}
