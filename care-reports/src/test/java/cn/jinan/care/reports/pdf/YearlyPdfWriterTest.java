package cn.jinan.care.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.reports.yearly.SampleReport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF read back with PDFBox: the Chinese text extracts (so the glyphs are embedded and mapped to Unicode), the
 * font is embedded, pages are numbered, and page 1 renders (written to target/reports-pdf/ to be looked at).
 */
class YearlyPdfWriterTest {

    private static final Path OUT = Path.of("target", "reports-pdf");

    private static byte[] write(OrgLevel level, int members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new YearlyPdfWriter().write(SampleReport.of(level), SampleReport.text(), SampleReport.members(members), out);
        return out.toByteArray();
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    @Test
    void chineseTextExtractsBackFromAnEmbeddedFont() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(OrgLevel.DISTRICT, 20))) {
            String text = text(doc);
            assertThat(text).contains(SampleReport.ORG_NAME + "2026年度党内激励关怀报表");
            assertThat(text).contains(SampleReport.RULE_R03).contains(SampleReport.RULE_R08);
            assertThat(text).contains("一、各项规则完成情况").contains("五、党员明细").contains("党员19");
            assertThat(text).contains("节日走访慰问").contains("财政预算").contains("18,000.00");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("CareReportSansSC");
            });
        }
    }

    @Test
    void pagesAreA4AndNumberedWithTheTotal() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(OrgLevel.DISTRICT, 400))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            PDRectangle a4 = PDRectangle.A4;
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(a4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(a4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc).replaceAll("\\s+", " ");
                assertThat(page).as("page %d", p).contains("第 " + p + " 页 / 共 " + pages + " 页");
                assertThat(page).as("page %d", p).contains(SampleReport.ORG_NAME + " · 2026年度党内激励关怀报表");
            }
            // the member table's header repeats on every page it runs over
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(pages);
            last.setEndPage(pages);
            assertThat(last.getText(doc)).contains("姓名").contains("党员399");
        }
    }

    @Test
    void theCitysPdfLeavesTheMembersToTheSpreadsheets() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(OrgLevel.MUNICIPAL, 50))) {
            String text = text(doc);
            assertThat(text).contains("全市党员明细行数较多，未列入PDF").doesNotContain("党员49");
            assertThat(text).contains("二、下级组织完成情况").contains("四、经费支出（按经费来源）");
        }
    }

    @Test
    void pageOneRendersWithItsChineseGlyphs() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(OrgLevel.DISTRICT, 30))) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            Files.createDirectories(OUT);
            ImageIO.write(image, "png", OUT.resolve("yearly-page-1.png").toFile());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 110), "png",
                    OUT.resolve("yearly-page-last.png").toFile());
            // the title's band holds ink: the glyphs were drawn, not left as empty boxes
            int dark = 0;
            int top = (int) (image.getHeight() * 0.06);
            int bottom = (int) (image.getHeight() * 0.12);
            for (int y = top; y < bottom; y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    if (((rgb >> 16) & 0xFF) < 100 && ((rgb >> 8) & 0xFF) < 100 && (rgb & 0xFF) < 100) {
                        dark++;
                    }
                }
            }
            assertThat(dark).isGreaterThan(500);
        }
    }
}
