package cn.jinan.care.domain.shared;

import java.lang.reflect.Field;

/** Gives entities the id the database would, for tests without one. */
public final class Entities {

    private Entities() {
    }

    public static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
