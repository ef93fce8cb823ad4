package cn.jinan.care.domain.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The value of a parameter in force on a day: the one with the latest effective date on or before it. */
@FunctionalInterface
public interface Parameters {

    BigDecimal valueOn(ParameterKey key, LocalDate day);

    default int intValueOn(ParameterKey key, LocalDate day) {
        return valueOn(key, day).intValueExact();
    }

    /** The regulation's own numbers, whatever the day: for tests and for a database not yet seeded. */
    static Parameters defaults() {
        return (key, day) -> key.defaultValue();
    }
}
