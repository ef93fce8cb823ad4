package cn.jinan.care.web.shared;

import cn.jinan.care.domain.shared.DomainException;
import org.springframework.validation.BindingResult;

/** Puts a broken domain rule next to the field it concerns, or at the top of the form when it names none. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult result, DomainException e) {
        if (e.getField() != null && hasField(result, e.getField())) {
            result.rejectValue(e.getField(), e.getMessageKey(), e.getArguments(), e.getMessageKey());
        } else {
            result.reject(e.getMessageKey(), e.getArguments(), e.getMessageKey());
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        return result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field)
                != null;
    }
}
