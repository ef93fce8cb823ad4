package cn.jinan.care.reports.yearly;

import java.math.BigDecimal;

/**
 * One of the registers' yearly figures: a count and, where money was given, its amount.
 *
 * @param key    the message key of the line's label
 * @param detail a value the label names (a visit kind), or {@code null}
 * @param amount yuan, or {@code null} where no money is involved
 */
public record RegisterLine(String key, Enum<?> detail, long count, BigDecimal amount) {
}
