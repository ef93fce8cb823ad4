package cn.jinan.care.domain.member;

import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** Something that happened in a member's party life, with its date and who recorded it. Made by {@link Member#record}. */
@Entity
@Table(name = "member_event")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MemberEvent extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MemberEventKind kind;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    MemberEvent(Member member, MemberEventKind kind, LocalDate eventDate, String note) {
        this.member = member;
        this.kind = kind;
        this.eventDate = eventDate;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = AuditActor.current();
    }
}
