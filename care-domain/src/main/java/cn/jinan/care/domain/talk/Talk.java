package cn.jinan.care.domain.talk;

import cn.jinan.care.domain.member.Member;
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
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A talk with a member (谈心谈话). Its summary is sensitive: read only in scope, and each read is logged. */
@Entity
@Table(name = "talk")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Talk extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Column(name = "talk_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TalkKind kind;

    @Column(name = "talker_name", nullable = false, length = 50)
    private String talkerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "talker_post", nullable = false, length = 30)
    private TalkerPost talkerPost;

    @Column(length = 100)
    private String place;

    @Column(length = 2000)
    private String summary;

    public static Talk log(Member member, TalkDetails details, LocalDate today) {
        Talk talk = new Talk();
        talk.member = member;
        talk.apply(details, today);
        return talk;
    }

    public void change(TalkDetails details, LocalDate today) {
        apply(details, today);
    }

    private void apply(TalkDetails d, LocalDate today) {
        if (d.kind() == null) {
            throw DomainException.onField("kind", "common.required");
        }
        if (d.talkerPost() == null) {
            throw DomainException.onField("talkerPost", "common.required");
        }
        this.date = Dates.happened(d.date(), today, "date");
        this.kind = d.kind();
        this.talkerName = Dates.text(d.talkerName(), 50, "talkerName", true);
        this.talkerPost = d.talkerPost();
        this.place = Dates.text(d.place(), 100, "place", false);
        this.summary = Dates.text(d.summary(), 2000, "summary", false);
    }

    /** What the talk can fulfil. */
    public java.util.Optional<cn.jinan.care.domain.policy.RequiredAction> fulfils() {
        return kind.fulfils();
    }
}
