package cn.jinan.care.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One read of a sensitive record (talk summary, health, counseling, hardship, sanction, full identity number): who,
 * when, which record of which member. Rows are only ever inserted.
 */
@Entity
@Table(name = "sensitive_read")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SensitiveRead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "member_id")
    private Long memberId;

    public SensitiveRead(String username, String recordType, Long recordId, Long memberId, Instant readAt) {
        this.username = username;
        this.recordType = recordType;
        this.recordId = recordId;
        this.memberId = memberId;
        this.readAt = readAt;
    }
}
