package cn.jinan.care.persistence.shared;

import cn.jinan.care.domain.shared.BaseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Optimistic locking for edits made through a form: the form carries the version it was read at. */
public final class Versions {

    private Versions() {
    }

    /** Refuses the edit when someone else saved the record since the form was read. */
    public static <T extends BaseEntity> T require(T entity, long expectedVersion) {
        if (entity.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(entity.getClass(), entity.getId());
        }
        return entity;
    }
}
