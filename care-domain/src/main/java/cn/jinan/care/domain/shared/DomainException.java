package cn.jinan.care.domain.shared;

import java.util.Arrays;
import lombok.Getter;

/**
 * A rule of the domain was broken. It carries a message key (never a sentence) so that the web layer can say it in
 * the user's language, and optionally the field it concerns so the message lands next to that field.
 */
@Getter
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public DomainException(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]") + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public static DomainException of(String messageKey) {
        return new DomainException(messageKey, null);
    }

    public static DomainException onField(String field, String messageKey, Object... arguments) {
        return new DomainException(messageKey, field, arguments);
    }
}
