package cn.jinan.care.domain.oldmember;

import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * 第26条 "根据经济社会发展水平建立定期增长机制": the regulation fixes no amount and no rate, only that the subsidy grows
 * regularly. The committee decides the standard of a year (a {@link SubsidyStandard}); a year it has not decided yet
 * takes the last decided standard raised by OLD_MEMBER_SUBSIDY_RAISE_PERCENT (in force on January 1 of each year
 * after it), compounded and rounded to whole yuan each year.
 */
public final class SubsidyStandards {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SubsidyStandards() {
    }

    /** The standard of {@code year}; empty when no standard was decided for it or any year before it. */
    public static Optional<YearStandard> forYear(int year, Collection<SubsidyStandard> decided,
            Parameters parameters) {
        Optional<SubsidyStandard> basis = decided.stream().filter(s -> s.getYear() <= year)
                .max(Comparator.comparingInt(SubsidyStandard::getYear));
        if (basis.isEmpty()) {
            return Optional.empty();
        }
        SubsidyStandard b = basis.get();
        if (b.getYear() == year) {
            return Optional.of(new YearStandard(year, b.getMonthlyAmount(), b.getFundingSource(), true, year));
        }
        BigDecimal amount = b.getMonthlyAmount();
        for (int y = b.getYear() + 1; y <= year; y++) {
            BigDecimal percent = parameters.valueOn(ParameterKey.OLD_MEMBER_SUBSIDY_RAISE_PERCENT, LocalDate.of(y, 1, 1));
            amount = amount.multiply(HUNDRED.add(percent)).divide(HUNDRED, 0, RoundingMode.HALF_UP).setScale(2);
        }
        return Optional.of(new YearStandard(year, amount, b.getFundingSource(), false, b.getYear()));
    }
}
