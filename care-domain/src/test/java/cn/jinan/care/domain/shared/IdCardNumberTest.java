package cn.jinan.care.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.shared.IdCardNumber.Problem;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdCardNumberTest {

    /** The example number of GB 11643-1999 itself: a woman born 31 December 1949 in 朝阳区, Beijing. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    /**
     * Computed by hand: 3·7+7·9+0·10+1·5+0·8+2·4+1·2+9·1+8·6+0·3+0·7+1·9+0·10+1·5+1·8+2·4+3·2 = 192, 192 mod 11 = 5,
     * check value (12 − 5) mod 11 = 7.
     */
    private static final String JINAN_MAN_1980 = "370102198001011237";

    private static void assertRefused(String text, Problem problem) {
        assertThat(IdCardNumber.check(text)).as("check(%s)", text).isEqualTo(problem);
        assertThatThrownBy(() -> IdCardNumber.of(text))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getField()).isEqualTo("idNumber");
                    assertThat(e.getMessageKey()).isEqualTo(problem.messageKey());
                });
    }

    // ---- the test's own check-character helper, verified by hand before it is trusted

    @Test
    void testHelperComputesTheHandWorkedCheckCharacters() {
        // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167, 167 mod 11 = 2 → 10 → X
        assertThat(IdCards.checkChar("11010519491231002")).isEqualTo('X');
        assertThat(IdCards.checkChar("37010219800101123")).isEqualTo('7');
    }

    // ---- valid numbers

    @Test
    void acceptsTheStandardsOwnExample() {
        IdCardNumber number = IdCardNumber.of(STANDARD_EXAMPLE);

        assertThat(IdCardNumber.check(STANDARD_EXAMPLE)).isNull();
        assertThat(number.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void acceptsHandComputedJinanNumber() {
        IdCardNumber number = IdCardNumber.of(JINAN_MAN_1980);

        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(number.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void acceptsLowerCaseCheckCharacterAndStoresItUpperCase() {
        assertThat(IdCardNumber.check("11010519491231002x")).isNull();
        assertThat(IdCardNumber.of("11010519491231002x").value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(IdCardNumber.of("11010519491231002x")).isEqualTo(IdCardNumber.of(STANDARD_EXAMPLE));
    }

    @Test
    void ignoresSurroundingBlanks() {
        assertThat(IdCardNumber.of("  " + JINAN_MAN_1980 + "\t\n").value()).isEqualTo(JINAN_MAN_1980);
    }

    @Test
    void agreesWithIndependentCheckCharacterOnManyNumbers() {
        Random random = new Random(11643);
        Set<Character> checkCharsSeen = new HashSet<>();
        for (int n = 0; n < 2_000; n++) {
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000));
            String region = String.valueOf(110_000 + random.nextInt(800_000));
            String text = IdCards.text(region, birth, random.nextInt(1000));

            assertThat(IdCardNumber.checkCharacter(text.substring(0, 17))).as(text).isEqualTo(text.charAt(17));
            assertThat(IdCardNumber.check(text)).as(text).isNull();
            checkCharsSeen.add(text.charAt(17));
        }
        assertThat(checkCharsSeen).as("every check character came up").hasSize(11);
    }

    @Test
    void refusesCheckCharacterForOtherThanSeventeenDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> IdCardNumber.checkCharacter("1101051949123100"));
        assertThatIllegalArgumentException().isThrownBy(() -> IdCardNumber.checkCharacter("110105194912310021"));
    }

    // ---- check digit

    @Test
    void rejectsWrongCheckDigit() {
        for (char wrong : "0123456789".toCharArray()) {
            assertRefused(STANDARD_EXAMPLE.substring(0, 17) + wrong, Problem.CHECK_DIGIT);
        }
        for (char wrong : "012345689X".toCharArray()) {
            assertRefused(JINAN_MAN_1980.substring(0, 17) + wrong, Problem.CHECK_DIGIT);
        }
    }

    @Test
    void rejectsSingleDigitTypo() {
        // 1980 → 1981 in the birth year: the date is still valid, the check digit no longer fits
        assertRefused("370102198101011237", Problem.CHECK_DIGIT);
    }

    @Test
    void rejectsTwoNeighbouringDigitsSwapped() {
        // 3701 02 → 3710 02: a transposition the weights are chosen to catch
        assertRefused("371002198001011237", Problem.CHECK_DIGIT);
    }

    // ---- empty, length and characters

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   \t"})
    void rejectsMissingNumberAsEmpty(String text) {
        assertRefused(text, Problem.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1",
        "1101051949123100",     // 16
        "11010519491231002",    // 17: check character left off
        "11010519491231002X1",  // 19
        "110105491231002",      // the old 15-digit form
    })
    void rejectsWrongLength(String text) {
        assertRefused(text, Problem.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1101051949123100AX",   // a letter among the digits
        "11010519491231X02X",   // X anywhere but last
        "110105 9491231002X",   // a blank inside
        "1101051949-231002X",   // a sign
        "11010519491231002Y",   // a letter other than X last
        "11010519491231002.",
        "１10105194912310021",  // a full-width digit
        "١10105194912310021",  // an Arabic-Indic digit, which Character.isDigit would take
    })
    void rejectsNonDigits(String text) {
        assertRefused(text, Problem.CHARACTERS);
    }

    // ---- region

    @Test
    void rejectsRegionStartingWithZero() {
        assertRefused(IdCards.text("010105", "19491231", 2), Problem.REGION);
        assertRefused(IdCards.text("000000", "19800101", 123), Problem.REGION);
    }

    // ---- birth date

    @ParameterizedTest
    @ValueSource(strings = {"19990230", "19990229", "19991301", "19990001", "19990100", "19990431", "19000229"})
    void rejectsImpossibleBirthDate(String yyyymmdd) {
        assertRefused(IdCards.text(IdCards.JINAN_LIXIA, yyyymmdd, 123), Problem.BIRTH_DATE);
    }

    @Test
    void acceptsLeapDayOfLeapYear() {
        assertThat(IdCardNumber.of(IdCards.text(IdCards.JINAN_LIXIA, "20000229", 123)).birthDate())
                .isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void rejectsBirthInFuture() {
        // the production code reads the system clock, so stay a day clear of the boundary
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        assertRefused(IdCards.text(IdCards.JINAN_LIXIA, tomorrow, 123), Problem.BIRTH_DATE);
        assertRefused(IdCards.text(IdCards.JINAN_LIXIA, tomorrow.plusYears(10), 123), Problem.BIRTH_DATE);
    }

    @Test
    void acceptsBirthInThePast() {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        assertThat(IdCardNumber.of(IdCards.text(IdCards.JINAN_LIXIA, yesterday, 123)).birthDate())
                .isEqualTo(yesterday);
    }

    @Test
    void rejectsBirthBefore1890EvenWithCorrectCheckDigit() {
        // the other textbook example, 1880: 4·7+4·9+0+5·5+2·8+4·4+1·2+8·1+8·6+0+0+1·9+0+1·5+0+0+1·2 = 195,
        // 195 mod 11 = 8 → check value 4
        assertThat(IdCards.checkChar("44052418800101001")).isEqualTo('4');
        assertRefused("440524188001010014", Problem.BIRTH_DATE);
        assertRefused(IdCards.text(IdCards.JINAN_LIXIA, "18891231", 123), Problem.BIRTH_DATE);
        assertThat(IdCardNumber.check(IdCards.text(IdCards.JINAN_LIXIA, "18900101", 123))).isNull();
    }

    @Test
    void readsBirthDateFromSeventhToFourteenthCharacter() {
        assertThat(IdCards.female(LocalDate.of(1962, 10, 7)).birthDate()).isEqualTo(LocalDate.of(1962, 10, 7));
    }

    // ---- gender, masking, equality

    @Test
    void readsGenderFromSeventeenthDigit() {
        for (int sequence : new int[] {1, 3, 5, 7, 9, 11, 999, 121}) {
            assertThat(IdCardNumber.of(IdCards.text(IdCards.JINAN_LIXIA, "19700101", sequence)).gender())
                    .as("sequence %03d", sequence).isEqualTo(Gender.MALE);
        }
        for (int sequence : new int[] {0, 2, 4, 6, 8, 10, 998, 130}) {
            assertThat(IdCardNumber.of(IdCards.text(IdCards.JINAN_LIXIA, "19700101", sequence)).gender())
                    .as("sequence %03d", sequence).isEqualTo(Gender.FEMALE);
        }
    }

    @Test
    void readsGenderFromSequenceNotFromCheckCharacter() {
        // an odd 17th digit followed by an even check digit, and the reverse
        String oddThenEven = IdCards.text(IdCards.JINAN_LIXIA, "19800101", 121);
        String evenThenOdd = IdCards.text(IdCards.JINAN_LIXIA, "19800101", 2);
        assertThat(oddThenEven).isEqualTo("370102198001011210");
        assertThat(evenThenOdd).isEqualTo("370102198001010023");

        assertThat(IdCardNumber.of(oddThenEven).gender()).isEqualTo(Gender.MALE);
        assertThat(IdCardNumber.of(evenThenOdd).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void masksBirthDateKeepingRegionAndLastFour() {
        assertThat(IdCardNumber.of(STANDARD_EXAMPLE).masked()).isEqualTo("110105********002X");
        assertThat(IdCardNumber.of(JINAN_MAN_1980).masked()).isEqualTo("370102********1237").hasSize(18);
    }

    @Test
    void printsOnlyTheMaskedForm() {
        assertThat(IdCardNumber.of(JINAN_MAN_1980)).hasToString("370102********1237");
    }

    @Test
    void equalsByValue() {
        assertThat(IdCardNumber.of(JINAN_MAN_1980))
                .isEqualTo(IdCardNumber.of(" " + JINAN_MAN_1980))
                .hasSameHashCodeAs(IdCardNumber.of(JINAN_MAN_1980))
                .isNotEqualTo(IdCardNumber.of(STANDARD_EXAMPLE))
                .isNotEqualTo(JINAN_MAN_1980);
    }

    @Test
    void namesProblemsWithMessageKeys() {
        assertThat(Problem.EMPTY.messageKey()).isEqualTo("idcard.empty");
        assertThat(Problem.CHECK_DIGIT.messageKey()).isEqualTo("idcard.check-digit");
        assertThat(Problem.BIRTH_DATE.messageKey()).isEqualTo("idcard.birth-date");
    }
}
