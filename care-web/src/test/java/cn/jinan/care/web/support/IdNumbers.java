package cn.jinan.care.web.support;

import cn.jinan.care.domain.shared.IdCardNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh valid identity numbers for tests: a region unused by the demo data, so they never collide with it. */
public final class IdNumbers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private IdNumbers() {
    }

    /** A valid number for someone born on {@code birth}; odd sequence for men, even for women. */
    public static String of(LocalDate birth, boolean male) {
        int seq = SEQUENCE.getAndIncrement() * 2 + (male ? 1 : 0);
        String first17 = "370199" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq % 1000);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheckDigit(String valid) {
        char right = valid.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }
}
