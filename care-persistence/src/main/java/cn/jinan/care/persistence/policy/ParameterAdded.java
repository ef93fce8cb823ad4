package cn.jinan.care.persistence.policy;

import cn.jinan.care.domain.policy.ParameterKey;
import java.time.LocalDate;

/**
 * A parameter got a new value from a day on. Published inside the transaction that adds it, so listeners (the
 * compliance summaries' rebuild) commit or roll back with it.
 */
public record ParameterAdded(ParameterKey key, LocalDate effectiveFrom) {
}
