package cn.jinan.care.domain.member;

import cn.jinan.care.domain.shared.IdCardNumber;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link IdCardNumber} as its 18 characters. */
@Converter
public class IdCardNumberConverter implements AttributeConverter<IdCardNumber, String> {

    @Override
    public String convertToDatabaseColumn(IdCardNumber attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public IdCardNumber convertToEntityAttribute(String dbData) {
        return dbData == null ? null : IdCardNumber.of(dbData);
    }
}
