package cn.jinan.care.domain.counseling;

import cn.jinan.care.domain.shared.BaseEntity;
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

/** One counseling session of a case: made only through {@link CounselingCase#holdSession}. */
@Entity
@Table(name = "counseling_session")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CounselingSession extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counseling_case_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private CounselingCase counselingCase;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 50)
    private String counselor;

    @Column(length = 2000)
    private String notes;

    CounselingSession(CounselingCase counselingCase, LocalDate date, String counselor, String notes) {
        this.counselingCase = counselingCase;
        this.date = date;
        this.counselor = counselor;
        this.notes = notes;
    }
}
