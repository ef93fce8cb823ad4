package cn.jinan.care.domain.lecture;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
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
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A party lecture (党课) a leading cadre gave at a grassroots organization. */
@Entity
@Table(name = "lecture")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Lecture extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member speaker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_organization_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization venue;

    @Column(name = "lecture_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(name = "audience_size", nullable = false)
    private int audienceSize;

    public static Lecture log(Member speaker, Organization venue, LocalDate date, String topic, int audienceSize,
            LocalDate today) {
        Lecture l = new Lecture();
        l.apply(speaker, venue, date, topic, audienceSize, today);
        return l;
    }

    public void change(Member speaker, Organization venue, LocalDate date, String topic, int audienceSize,
            LocalDate today) {
        apply(speaker, venue, date, topic, audienceSize, today);
    }

    private void apply(Member speaker, Organization venue, LocalDate date, String topic, int audienceSize,
            LocalDate today) {
        if (speaker == null) {
            throw DomainException.onField("speakerId", "common.required");
        }
        if (!speaker.isLeadingCadre()) {
            throw DomainException.onField("speakerId", "lecture.speaker.not-cadre");
        }
        if (venue == null) {
            throw DomainException.onField("venueId", "common.required");
        }
        if (audienceSize < 1 || audienceSize > 100000) {
            throw DomainException.onField("audienceSize", "lecture.audience.range");
        }
        this.speaker = speaker;
        this.venue = venue;
        this.date = Dates.happened(date, today, "date");
        this.topic = Dates.text(topic, 200, "topic", true);
        this.audienceSize = audienceSize;
    }
}
