package cn.jinan.care.persistence.policy;

import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.policy.PolicyEngine;
import cn.jinan.care.domain.policy.RuleParameter;
import cn.jinan.care.domain.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The parameters in force on a day. The table is small and changes rarely: it is read once and again after each
 * change made through {@link #add}. A key the table does not have yet falls back to the regulation's number.
 */
@Service
@RequiredArgsConstructor
public class ParameterService implements Parameters {

    private final RuleParameterRepository repository;
    private final ApplicationEventPublisher events;
    private volatile Map<ParameterKey, List<RuleParameter>> byKey;

    @Override
    public BigDecimal valueOn(ParameterKey key, LocalDate day) {
        BigDecimal value = key.defaultValue();
        for (RuleParameter p : values().getOrDefault(key, List.of())) {
            if (!p.getEffectiveFrom().isAfter(day)) {
                value = p.getValue();
            }
        }
        return value;
    }

    /** Every value of every parameter, oldest first. */
    public Map<ParameterKey, List<RuleParameter>> history() {
        return values();
    }

    /**
     * Adds a value from a date on; the earlier values stay. A value takes effect from today or later: obligations
     * already created took the value in force on their event's date, and a change never rewrites them. One value per
     * key and date.
     */
    @Transactional
    public RuleParameter add(ParameterKey key, BigDecimal value, LocalDate effectiveFrom, String note,
            LocalDate today) {
        if (value == null || value.signum() < 0) {
            throw new DomainException("parameter.value.negative", "value");
        }
        if (!key.accepts(value)) {
            throw new DomainException(key.isDate() ? "parameter.value.not-a-date" : "parameter.value.out-of-range",
                    "value");
        }
        if (effectiveFrom.isBefore(today)) {
            throw new DomainException("parameter.effective.in-past", "effectiveFrom");
        }
        if (values().getOrDefault(key, List.of()).stream().anyMatch(p -> p.getEffectiveFrom().equals(effectiveFrom))) {
            throw new DomainException("parameter.effective.taken", "effectiveFrom");
        }
        RuleParameter saved = repository.saveAndFlush(RuleParameter.of(key, value, effectiveFrom, note));
        forgetAfterCommit();
        events.publishEvent(new ParameterAdded(key, effectiveFrom));
        return saved;
    }

    /** Adds a value as it stands in the regulation's history (seeding and tests); no date check. */
    @Transactional
    public RuleParameter add(ParameterKey key, BigDecimal value, LocalDate effectiveFrom, String note) {
        RuleParameter saved = repository.save(RuleParameter.of(key, value, effectiveFrom, note));
        forgetAfterCommit();
        return saved;
    }

    /** Reloads on next read, once the new value is committed (before it, a reader could cache the old table). */
    private void forgetAfterCommit() {
        byKey = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byKey = null;
                }
            });
        }
    }

    private Map<ParameterKey, List<RuleParameter>> values() {
        Map<ParameterKey, List<RuleParameter>> current = byKey;
        if (current == null) {
            current = new EnumMap<>(ParameterKey.class);
            for (RuleParameter p : repository.findAllByOrderByKeyAscEffectiveFromAsc()) {
                current.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p);
            }
            byKey = current;
        }
        return current;
    }

    @Configuration(proxyBeanMethods = false)
    static class EngineConfiguration {
        @Bean
        PolicyEngine policyEngine() {
            return new PolicyEngine();
        }
    }
}
