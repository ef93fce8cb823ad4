package cn.jinan.care.domain.hardship;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A member's entry in the hardship register (困难党员信息库, 第27条): why (one or more categories), since when, the
 * situation and needs, when it is to be reviewed next, and when and why it was closed. Sensitive: read only in scope,
 * each read logged. A member has at most one open record (the service checks; a partial unique index enforces it).
 */
@Entity
@Table(name = "hardship_record")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HardshipRecord extends BaseEntity {

    private static final String SEPARATOR = ",";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    // the categories as their names in declaration order, comma-separated: a plain column that Envers and dirty
    // checking compare as a string
    @Getter(AccessLevel.NONE)
    @Column(name = "categories", nullable = false, length = 200)
    private String categoryCodes;

    @Column(name = "since_date", nullable = false)
    private LocalDate since;

    @Column(nullable = false, length = 2000)
    private String situation;

    @Column(length = 1000)
    private String needs;

    @Column(name = "next_review_date", nullable = false)
    private LocalDate nextReviewDate;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "close_reason", length = 500)
    private String closeReason;

    public static HardshipRecord register(Member member, HardshipDetails details, LocalDate today) {
        HardshipRecord record = new HardshipRecord();
        record.member = member;
        record.apply(details, today);
        return record;
    }

    /** Corrects what was registered; a closed record is history and stays as it was. */
    public void change(HardshipDetails details, LocalDate today) {
        requireOpen();
        apply(details, today);
    }

    /**
     * Notes a review held today and when the next one is due (after today: a review that is already due is not a
     * plan).
     */
    public void review(LocalDate next, String note, LocalDate today) {
        requireOpen();
        if (next == null) {
            throw DomainException.onField("nextReviewDate", "date.required");
        }
        if (!next.isAfter(today)) {
            throw DomainException.onField("nextReviewDate", "hardship.review.not-after-today");
        }
        this.nextReviewDate = next;
        this.lastReviewedOn = today;
        this.reviewNote = Dates.text(note, 1000, "note", false);
    }

    /** Takes the member off the register: the hardship is over (or the member left), with the reason. */
    public void close(LocalDate date, String reason, LocalDate today) {
        requireOpen();
        LocalDate on = Dates.happened(date, today, "closedOn");
        if (on.isBefore(since)) {
            throw DomainException.onField("closedOn", "hardship.close.before-since");
        }
        this.closeReason = Dates.text(reason, 500, "closeReason", true);
        this.closedOn = on;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    /** An open record whose review date has passed. */
    public boolean isReviewOverdue(LocalDate today) {
        return isOpen() && nextReviewDate.isBefore(today);
    }

    public Set<HardshipCategory> getCategories() {
        if (categoryCodes == null || categoryCodes.isEmpty()) {
            return Collections.emptySet();
        }
        Set<HardshipCategory> set = EnumSet.noneOf(HardshipCategory.class);
        Arrays.stream(categoryCodes.split(SEPARATOR)).map(HardshipCategory::valueOf).forEach(set::add);
        return Collections.unmodifiableSet(set);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw DomainException.of("hardship.closed");
        }
    }

    private void apply(HardshipDetails d, LocalDate today) {
        if (d.categories() == null || d.categories().isEmpty()) {
            throw DomainException.onField("categories", "hardship.categories.required");
        }
        LocalDate from = Dates.happened(d.since(), today, "since");
        if (d.nextReviewDate() == null) {
            throw DomainException.onField("nextReviewDate", "date.required");
        }
        if (d.nextReviewDate().isBefore(from)) {
            throw DomainException.onField("nextReviewDate", "hardship.review.before-since");
        }
        this.categoryCodes = EnumSet.copyOf(d.categories()).stream().map(Enum::name)
                .collect(Collectors.joining(SEPARATOR));
        this.since = from;
        this.situation = Dates.text(d.situation(), 2000, "situation", true);
        this.needs = Dates.text(d.needs(), 1000, "needs", false);
        this.nextReviewDate = d.nextReviewDate();
    }
}
