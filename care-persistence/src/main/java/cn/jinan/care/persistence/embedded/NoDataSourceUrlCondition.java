package cn.jinan.care.persistence.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no external database is configured and the embedded one is not switched off. */
class NoDataSourceUrlCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            return ConditionOutcome.noMatch("spring.datasource.url is set: using " + url);
        }
        if (!context.getEnvironment().getProperty("care.embedded-db.enabled", Boolean.class, true)) {
            return ConditionOutcome.noMatch("care.embedded-db.enabled is false");
        }
        return ConditionOutcome.match("no spring.datasource.url: starting the embedded PostgreSQL");
    }
}
