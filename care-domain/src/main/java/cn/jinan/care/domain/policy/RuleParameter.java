package cn.jinan.care.domain.policy;

import cn.jinan.care.domain.shared.AuditActor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One value of a parameter from an effective date on. Values are never overwritten: a change is a new row with a
 * later effective date, so an obligation can always be explained by the value in force on its event date.
 */
@Entity
@Table(name = "rule_parameter")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RuleParameter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "param_key", nullable = false, length = 40)
    private ParameterKey key;

    @Column(name = "param_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal value;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(length = 500)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    public static RuleParameter of(ParameterKey key, BigDecimal value, LocalDate effectiveFrom, String note) {
        RuleParameter p = new RuleParameter();
        p.key = key;
        p.value = value;
        p.effectiveFrom = effectiveFrom;
        p.note = note;
        p.createdAt = Instant.now();
        p.createdBy = AuditActor.current();
        return p;
    }
}
