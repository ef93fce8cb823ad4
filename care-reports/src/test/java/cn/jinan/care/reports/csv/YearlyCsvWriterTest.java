package cn.jinan.care.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.reports.yearly.SampleReport;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearlyCsvWriterTest {

    private static byte[] write(int members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new YearlyCsvWriter().write(SampleReport.of(OrgLevel.BRANCH), SampleReport.text(), SampleReport.members(members),
                out);
        return out.toByteArray();
    }

    @Test
    void startsWithTheUtf8ByteOrderMarkAndEndsLinesWithCrLf() {
        byte[] csv = write(3);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(SampleReport.ORG_NAME + "2026年度党内激励关怀报表\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void eachPartIsASectionWithTheMembersLast() {
        String text = new String(write(3), StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n", -1));
        int summary = lines.indexOf("一、各项规则完成情况");
        int members = lines.indexOf("五、党员明细");
        assertThat(summary).isPositive();
        assertThat(members).isGreaterThan(lines.indexOf("四、经费支出（按经费来源）"));
        assertThat(lines.get(summary + 2)).isEqualTo(SampleReport.RULE_R03 + ",115,98,85.2,17,");
        assertThat(lines.get(members + 1)).contains("姓名").contains(SampleReport.RULE_R08 + " 未办结");
        assertThat(lines.get(members + 2)).startsWith("JN010101,中共济南市历下区解放路街道第一社区支部委员会,");
    }

    @Test
    void quotesAsRfc4180AndNeutralisesFormulas() {
        String text = new String(write(SampleReport.HOSTILE.size() + 1), StandardCharsets.UTF_8);
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",");
        assertThat(text).contains(",'+1+2,").contains(",'-3,").contains(",'@SUM(A1),").contains(",'\tTAB,");
        assertThat(text).contains(",\"'\rCR\",");
        assertThat(text).contains(",\"王\"\"小\"\",明\",");
    }

    @Test
    void fieldsAreTypedNotFormatted() {
        assertThat(CsvWriter.field(LocalDate.of(2026, 7, 1))).isEqualTo("2026-07-01");
        assertThat(CsvWriter.field(new BigDecimal("1234567.50"))).isEqualTo("1234567.50");
        assertThat(CsvWriter.field(-3)).isEqualTo("-3");
        assertThat(CsvWriter.field("-3")).isEqualTo("'-3");
        assertThat(CsvWriter.field(null)).isEmpty();
        assertThat(CsvWriter.field("a\nb")).isEqualTo("\"a\nb\"");
    }
}
