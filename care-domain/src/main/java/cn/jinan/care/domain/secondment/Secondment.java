package cn.jinan.care.domain.secondment;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A secondment (调、挂、派, 第12条): who is sent, from which unit to which, how (kind) and along which of the article's
 * lines (direction), from when until when. The member is fixed once recorded. A member holds one secondment at a time:
 * a period that shares a day with another of the member's secondments is refused ({@link #requireNoOverlap}); the
 * database refuses it too.
 */
@Entity
@Table(name = "secondment")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Secondment extends BaseEntity {

    /** How far ahead a secondment may be recorded (a decision already taken). */
    public static final int MAX_YEARS_AHEAD = 1;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SecondmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SecondmentDirection direction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_organization_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization fromOrganization;

    @Column(name = "from_unit", nullable = false, length = 100)
    private String fromUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_organization_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization toOrganization;

    @Column(name = "to_unit", nullable = false, length = 100)
    private String toUnit;

    @Column(length = 100)
    private String post;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "document_number", length = 100)
    private String documentNumber;

    @Column(length = 1000)
    private String notes;

    /**
     * A member's secondment; {@code from} and {@code to} are organizations picked from the tree (or null, when the
     * unit is given as text).
     */
    public static Secondment of(Member member, Organization from, Organization to, SecondmentDetails details,
            LocalDate today) {
        if (member == null) {
            throw DomainException.onField("memberId", "common.required");
        }
        Secondment s = new Secondment();
        s.member = member;
        s.apply(from, to, details, today);
        return s;
    }

    /** Corrects what was recorded; the member stays. */
    public void change(Organization from, Organization to, SecondmentDetails details, LocalDate today) {
        apply(from, to, details, today);
    }

    public SecondmentPeriod period() {
        return new SecondmentPeriod(startDate, endDate);
    }

    /** 第12条 "current": today within start..end, or the end is open. */
    public boolean isCurrentOn(LocalDate day) {
        return period().covers(day);
    }

    /** A member holds one secondment at a time: refused when another of the member's secondments shares a day. */
    public void requireNoOverlap(Collection<Secondment> othersOfMember) {
        for (Secondment other : othersOfMember) {
            if (other != this && (getId() == null || !getId().equals(other.getId()))
                    && other.period().overlaps(period())) {
                throw DomainException.onField("startDate", "secondment.overlap", other.getToUnit(),
                        other.getStartDate().toString(), other.getEndDate() == null ? "—" : other.getEndDate().toString());
            }
        }
    }

    private void apply(Organization from, Organization to, SecondmentDetails d, LocalDate today) {
        if (d.kind() == null) {
            throw DomainException.onField("kind", "common.required");
        }
        if (d.direction() == null) {
            throw DomainException.onField("direction", "common.required");
        }
        SecondmentPeriod period = new SecondmentPeriod(d.startDate(), d.endDate());
        if (period.start().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw DomainException.onField("startDate", "secondment.start.too-far", MAX_YEARS_AHEAD);
        }
        String fromText = Dates.text(d.fromUnit(), 100, "fromUnit", false);
        String toText = Dates.text(d.toUnit(), 100, "toUnit", false);
        fromText = fromText != null ? fromText : from == null ? null : from.getName();
        toText = toText != null ? toText : to == null ? null : to.getName();
        if (fromText == null) {
            throw DomainException.onField("fromUnit", "secondment.unit.required");
        }
        if (toText == null) {
            throw DomainException.onField("toUnit", "secondment.unit.required");
        }
        if (from != null && from.equals(to) || fromText.equals(toText)) {
            throw DomainException.onField("toUnit", "secondment.unit.same");
        }
        this.kind = d.kind();
        this.direction = d.direction();
        this.fromOrganization = from;
        this.fromUnit = fromText;
        this.toOrganization = to;
        this.toUnit = toText;
        this.post = Dates.text(d.post(), 100, "post", false);
        this.startDate = period.start();
        this.endDate = period.end();
        this.documentNumber = Dates.text(d.documentNumber(), 100, "documentNumber", false);
        this.notes = Dates.text(d.notes(), 1000, "notes", false);
    }
}
