package cn.jinan.care.persistence.testdata;

import cn.jinan.care.domain.shared.IdCardNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid identity numbers (GB 11643) that no other test of the JVM gets: 历下区 as the region, then a birth date and a
 * sequence number taken from a counter, then the check character.
 */
public final class IdNumbers {

    private static final String REGION = "370102";
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1950, 1, 1);
    private static final int SEQUENCES_PER_DAY = 1000;

    // a random start, so that a database kept between runs (an external test server) rarely sees a number twice
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(500_000));

    private IdNumbers() {
    }

    public static IdCardNumber next() {
        long n = NEXT.getAndIncrement();
        LocalDate birth = FIRST_BIRTH.plusDays(n / SEQUENCES_PER_DAY);
        String first17 = REGION + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "%03d".formatted(n % SEQUENCES_PER_DAY);
        return IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
    }

    /**
     * A fresh number of someone born on {@code birth} (the default numbers are of people born around 1950): the
     * sequence comes from the same counter, so numbers of one birth day repeat only after a thousand of them.
     */
    public static IdCardNumber bornOn(LocalDate birth) {
        long n = NEXT.getAndIncrement();
        String first17 = REGION + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "%03d".formatted(n % SEQUENCES_PER_DAY);
        return IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
    }

    /** The next number whose check character is {@code check}, e.g. {@code 'X'}. */
    public static IdCardNumber nextEndingWith(char check) {
        while (true) {
            IdCardNumber number = next();
            if (number.value().charAt(17) == check) {
                return number;
            }
        }
    }
}
