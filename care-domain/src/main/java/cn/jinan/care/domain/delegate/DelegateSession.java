package cn.jinan.care.domain.delegate;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A meeting or training delegates are called to (第7条: 列席同级党委全委会; 有计划地组织同级党代表参加学习培训), held by an
 * organization on a day. The delegates called are fixed when it is recorded; each is present or absent. A delegate's
 * attendance rate is the share of the sessions they were called to at which they were present.
 */
@Entity
@Table(name = "delegate_session")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DelegateSession extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 1000)
    private String notes;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 100)
    private List<DelegateAttendance> attendance = new ArrayList<>();

    /** A session of the organization calling {@code called} delegates; those in {@code present} came. */
    public static DelegateSession hold(Organization organization, SessionKind kind, LocalDate heldOn, String title,
            String notes, Collection<Member> called, Set<Long> present, LocalDate today) {
        if (organization == null) {
            throw DomainException.onField("organizationId", "common.required");
        }
        if (called.isEmpty()) {
            throw DomainException.onField("presentIds", "session.no-delegates");
        }
        DelegateSession s = new DelegateSession();
        s.organization = organization;
        s.change(kind, heldOn, title, notes, today);
        for (Member m : called) {
            if (!m.flags().delegate()) {
                throw DomainException.onField("presentIds", "proposal.cosigner.not-delegate", m.getName());
            }
            s.attendance.add(new DelegateAttendance(s, m, present.contains(m.getId())));
        }
        return s;
    }

    public void change(SessionKind kind, LocalDate heldOn, String title, String notes, LocalDate today) {
        if (kind == null) {
            throw DomainException.onField("kind", "common.required");
        }
        this.kind = kind;
        this.heldOn = Dates.happened(heldOn, today, "heldOn");
        this.title = Dates.text(title, 200, "title", true);
        this.notes = Dates.text(notes, 1000, "notes", false);
    }

    /** Marks who was present among those called; ids of members not called are ignored. */
    public void markPresent(Set<Long> present) {
        for (DelegateAttendance a : attendance) {
            a.mark(present.contains(a.getMember().getId()));
        }
    }

    public long presentCount() {
        return attendance.stream().filter(DelegateAttendance::isPresent).count();
    }
}
