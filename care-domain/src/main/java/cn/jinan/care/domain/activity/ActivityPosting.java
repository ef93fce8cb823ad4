package cn.jinan.care.domain.activity;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.training.StudyRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * What an activity posted to one participant for one of its days: the study record that now carries the hours,
 * either made by the posting or found already there (the same member, day and course, recorded by hand earlier), so
 * that the hours count once. A posting is never changed; the study record it names carries its own audit history.
 */
@Entity
@Table(name = "org_activity_posting")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ActivityPosting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Column(name = "study_date", nullable = false, updatable = false)
    private LocalDate studyDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_record_id", nullable = false, updatable = false)
    private StudyRecord studyRecord;

    /** False when the member already had the hours (same day and course): the posting made no new record. */
    @Column(name = "created_record", nullable = false, updatable = false)
    private boolean createdRecord;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    @Column(name = "posted_by", length = 64, updatable = false)
    private String postedBy;

    public static ActivityPosting of(Activity activity, Member member, StudyRecord record, boolean createdRecord,
            Instant at, String by) {
        ActivityPosting p = new ActivityPosting();
        p.activity = activity;
        p.member = member;
        p.studyDate = record.getDate();
        p.studyRecord = record;
        p.createdRecord = createdRecord;
        p.postedAt = at;
        p.postedBy = by;
        return p;
    }
}
