package cn.jinan.care.reports.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The reports' font: Care Report Sans SC, a TrueType conversion of Noto Sans S Chinese Regular (SIL Open Font
 * License, see {@code CareReportSansSC-OFL.txt}; how it was made: {@code care-reports/src/font}). It covers ASCII,
 * Latin-1, punctuation, CJK symbols and every CJK Unified Ideograph of the BMP. Each document embeds only the glyphs
 * it uses (Identity-H, subset), so a PDF stays small and its text can be extracted.
 */
public final class ReportFont {

    static final String RESOURCE = "CareReportSansSC-Regular.ttf";

    private static volatile byte[] bytes;

    private ReportFont() {
    }

    /** A fresh font for one document (the file's bytes are read once and kept). */
    public static BaseFont create() {
        try {
            BaseFont font = BaseFont.createFont(RESOURCE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(), null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes() throws IOException {
        byte[] b = bytes;
        if (b == null) {
            synchronized (ReportFont.class) {
                b = bytes;
                if (b == null) {
                    try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IOException("font missing from the classpath: " + RESOURCE);
                        }
                        b = in.readAllBytes();
                    }
                    bytes = b;
                }
            }
        }
        return b;
    }
}
