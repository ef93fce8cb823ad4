package cn.jinan.care.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates and words as people and platforms write them. */
class CellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2020-07-01", "2020-7-1", "2020/07/01", "2020.7.1", "2020年7月1日", "20200701",
        "２０２０－０７－０１", "2020-07-01 08:30", "2020-07-01T08:30:15", "2020-07-01 08:30:15.123"})
    void readsTheWaysADateIsWritten(String text) {
        assertThat(Cells.date(text)).isEqualTo(LocalDate.of(2020, 7, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-02-30", "07/01/2020", "2020", "昨天", "44013"})
    void refusesWhatIsNotADate(String text) {
        assertThatThrownBy(() -> Cells.date(text)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("imports.value.date"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"是", "Y", "yes", "TRUE", "1", "√"})
    void yes(String text) {
        assertThat(Words.YES_NO.parse(text, false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"否", "n", "No", "false", "0", ""})
    void no(String text) {
        assertThat(Words.YES_NO.parse(text, false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"汉族", "汉", "维吾尔", "外国血统中国籍人士"})
    void ethnicGroupsByNameWithOrWithoutTheSuffix(String text) {
        assertThat(Words.ETHNICITY.find(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "阿依古丽·买买提", "John Smith", "李 明"})
    void personNames(String text) {
        assertThat(Cells.personName(text)).isEqualTo(text);
    }
}
