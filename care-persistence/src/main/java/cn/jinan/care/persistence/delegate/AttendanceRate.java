package cn.jinan.care.persistence.delegate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A delegate's sessions in a year: how many they were called to and at how many they were present. */
public record AttendanceRate(long memberId, String name, String organizationName, long called, long present) {

    /** Percent present, one decimal; null when not called. */
    public BigDecimal percent() {
        return called == 0 ? null : BigDecimal.valueOf(present * 100).divide(BigDecimal.valueOf(called), 1,
                RoundingMode.HALF_UP);
    }
}
