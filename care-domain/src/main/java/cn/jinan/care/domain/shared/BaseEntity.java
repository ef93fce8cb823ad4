package cn.jinan.care.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;
import org.hibernate.envers.NotAudited;

/**
 * One base for every entity: a sequence id, an optimistic-lock version and who created and last changed the row.
 * The full before/after history lives in the Envers audit tables; these columns answer "who touched it last" cheaply.
 */
@MappedSuperclass
@Getter
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false, length = 64)
    private String createdBy;

    // who changed a row last is on the row; the audit tables keep every change with its revision's user and time,
    // so these two are not audited (bookkeeping such as a sign-in then makes no revision)
    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
        createdBy = AuditActor.current();
        updatedBy = createdBy;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
        updatedBy = AuditActor.current();
    }

    /** Whether the entity has been saved. */
    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        // proxies are subclasses: compare ids of entities of related classes
        if (!(other instanceof BaseEntity that)
                || !(getClass().isInstance(other) || other.getClass().isInstance(this))) {
            return false;
        }
        return id != null && Objects.equals(id, that.getId());
    }

    @Override
    public int hashCode() {
        return 31;
    }
}
