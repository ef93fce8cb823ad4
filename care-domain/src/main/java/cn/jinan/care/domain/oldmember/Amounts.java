package cn.jinan.care.domain.oldmember;

import cn.jinan.care.domain.shared.DomainException;
import java.math.BigDecimal;

/** Money amounts of the subsidy: positive yuan with at most two decimals (fen). */
final class Amounts {

    private static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Amounts() {
    }

    static BigDecimal positive(BigDecimal amount, String field) {
        if (amount == null) {
            throw DomainException.onField(field, "oldmember.amount.required");
        }
        if (amount.signum() <= 0 || amount.compareTo(MAX) > 0) {
            throw DomainException.onField(field, "oldmember.amount.positive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField(field, "oldmember.amount.fen");
        }
        return amount.setScale(2);
    }
}
