package cn.jinan.care.domain.casualty;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberStatus;
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
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A case of the on-duty casualty register (第28条: 逐户逐人建档立卡, 明确专人负责): a member who died on duty (殉职 or 牺牲,
 * perhaps recognised as a martyr 烈士) or was disabled on duty, the responsible person, when the file was opened and,
 * once the care is over, when and why it was closed. A member has at most one open case. Sensitive.
 *
 * <p>A death on duty is the member's recorded death: the member must be deceased and the case's date is the day of
 * the death event. The kind cannot change once opened, since the follow-up obligations depend on it.
 */
@Entity
@Table(name = "casualty_case")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CasualtyCase extends BaseEntity {

    public static final int MIN_DISABILITY_GRADE = 1;
    public static final int MAX_DISABILITY_GRADE = 10;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CasualtyKind kind;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "death_cause", length = 20)
    private DeathCause cause;

    @Column(name = "disability_grade")
    private Integer disabilityGrade;

    @Column(name = "disability_description", length = 1000)
    private String disabilityDescription;

    @Column(nullable = false)
    private boolean martyr;

    @Column(name = "martyr_recognised_on")
    private LocalDate martyrRecognisedOn;

    @Column(name = "martyr_document", length = 200)
    private String martyrDocument;

    @Column(name = "responsible_person", nullable = false, length = 100)
    private String responsiblePerson;

    @Column(name = "responsible_phone", length = 20)
    private String responsiblePhone;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(length = 2000)
    private String notes;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "close_reason", length = 500)
    private String closeReason;

    /** Opens the file of a member who died or was disabled on duty. */
    public static CasualtyCase open(Member member, CasualtyDetails details, LocalDate today) {
        if (details.kind() == null) {
            throw DomainException.onField("kind", "common.required");
        }
        CasualtyCase c = new CasualtyCase();
        c.member = member;
        c.kind = details.kind();
        c.apply(details, today);
        return c;
    }

    /** Corrects the file; the kind stays, a closed case is history and stays as it was. */
    public void change(CasualtyDetails details, LocalDate today) {
        requireOpen();
        if (details.kind() != null && details.kind() != kind) {
            throw DomainException.onField("kind", "casualty.kind.fixed");
        }
        apply(details, today);
    }

    /** Closes the file (e.g. the children have grown up and the family no longer needs care), with the reason. */
    public void close(LocalDate date, String reason, LocalDate today) {
        requireOpen();
        LocalDate on = Dates.happened(date, today, "closedOn");
        if (on.isBefore(openedOn)) {
            throw DomainException.onField("closedOn", "casualty.close.before-opened");
        }
        this.closeReason = Dates.text(reason, 500, "closeReason", true);
        this.closedOn = on;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    /** Whether the family is followed up every few months (R28-FAMILY-FOLLOW-UP): an open case of a death on duty. */
    public boolean isFollowedUp() {
        return isOpen() && kind.familyFollowedUp();
    }

    void requireOpen() {
        if (!isOpen()) {
            throw DomainException.of("casualty.closed");
        }
    }

    private void apply(CasualtyDetails d, LocalDate today) {
        LocalDate date = Dates.happened(d.eventDate(), today, "eventDate");
        if (kind == CasualtyKind.DIED_ON_DUTY) {
            if (member.getStatus() != MemberStatus.DECEASED) {
                throw DomainException.onField("eventDate", "casualty.member.not-deceased");
            }
            if (!date.equals(member.getStatusDate())) {
                throw DomainException.onField("eventDate", "casualty.date.not-death-date", member.getStatusDate());
            }
            if (d.cause() == null) {
                throw DomainException.onField("cause", "casualty.cause.required");
            }
            this.cause = d.cause();
            this.disabilityGrade = null;
            this.disabilityDescription = null;
            this.martyr = d.martyr();
            if (d.martyr()) {
                LocalDate recognised = Dates.happened(d.martyrRecognisedOn(), today, "martyrRecognisedOn");
                if (recognised.isBefore(date)) {
                    throw DomainException.onField("martyrRecognisedOn", "casualty.martyr.before-death");
                }
                this.martyrRecognisedOn = recognised;
                this.martyrDocument = Dates.text(d.martyrDocument(), 200, "martyrDocument", false);
            } else {
                this.martyrRecognisedOn = null;
                this.martyrDocument = null;
            }
        } else {
            if (member.getStatus() == MemberStatus.DECEASED) {
                throw DomainException.onField("kind", "casualty.disabled.deceased");
            }
            if (d.martyr()) {
                throw DomainException.onField("martyr", "casualty.martyr.only-died");
            }
            Integer grade = d.disabilityGrade();
            if (grade == null) {
                throw DomainException.onField("disabilityGrade", "casualty.disability-grade.required");
            }
            if (grade < MIN_DISABILITY_GRADE || grade > MAX_DISABILITY_GRADE) {
                throw DomainException.onField("disabilityGrade", "casualty.disability-grade.range",
                        MIN_DISABILITY_GRADE, MAX_DISABILITY_GRADE);
            }
            this.cause = null;
            this.disabilityGrade = grade;
            this.disabilityDescription = Dates.text(d.disabilityDescription(), 1000, "disabilityDescription", false);
            this.martyr = false;
            this.martyrRecognisedOn = null;
            this.martyrDocument = null;
        }
        this.eventDate = date;
        LocalDate opened = Dates.happened(d.openedOn(), today, "openedOn");
        if (opened.isBefore(date)) {
            throw DomainException.onField("openedOn", "casualty.opened.before-event");
        }
        this.openedOn = opened;
        this.responsiblePerson = Dates.text(d.responsiblePerson(), 100, "responsiblePerson", true);
        String phone = Dates.text(d.responsiblePhone(), 20, "responsiblePhone", false);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw DomainException.onField("responsiblePhone", "casualty.phone.invalid");
        }
        this.responsiblePhone = phone;
        this.notes = Dates.text(d.notes(), 2000, "notes", false);
    }
}
