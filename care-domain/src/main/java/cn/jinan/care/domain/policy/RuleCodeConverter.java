package cn.jinan.care.domain.policy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a rule as the code people read ({@code R08-TALK-ON-EVENT}), not the Java constant. */
@Converter
public class RuleCodeConverter implements AttributeConverter<RuleCode, String> {

    @Override
    public String convertToDatabaseColumn(RuleCode attribute) {
        return attribute == null ? null : attribute.code();
    }

    @Override
    public RuleCode convertToEntityAttribute(String dbData) {
        return dbData == null ? null : RuleCode.fromCode(dbData)
                .orElseThrow(() -> new IllegalStateException("unknown rule code " + dbData));
    }
}
