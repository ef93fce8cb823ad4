package cn.jinan.care.reports.pdf;

import cn.jinan.care.persistence.compliance.RuleFigure;
import cn.jinan.care.reports.shared.Column;
import cn.jinan.care.reports.yearly.MemberSource;
import cn.jinan.care.reports.yearly.ReportTables;
import cn.jinan.care.reports.yearly.ReportText;
import cn.jinan.care.reports.yearly.YearlyReport;
import cn.jinan.care.reports.yearly.YearlyReportWriter;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The yearly report as an A4 PDF in the reader's language: title, the summary as a bar chart of each rule's rate and as
 * a table, the children, the registers, the spending, then the members (a branch's or a district's; the city's list
 * is left to the xlsx and CSV and the PDF says so). The member table is handed to the document every
 * {@value #CHUNK} rows, which writes them out and lets them go.
 */
public final class YearlyPdfWriter implements YearlyReportWriter {

    /** Member rows kept before the table is written out. */
    static final int CHUNK = 100;

    private static final Color PARTY_RED = new Color(0xC8, 0x10, 0x2E);
    private static final Color TRACK = new Color(0xEE, 0xEE, 0xEE);
    private static final Color GRID = new Color(0xBB, 0xBB, 0xBB);
    private static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    @Override
    public void write(YearlyReport report, ReportText text, MemberSource members, OutputStream out) {
        ReportTables tables = new ReportTables(report, text);
        BaseFont base = ReportFont.create();
        Fonts fonts = new Fonts(base);
        Document doc = new Document(PageSize.A4, 40, 40, 56, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            YearlyReport.Header h = report.header();
            writer.setPageEvent(new PageFrame(base, text.text("report.pdf.header", h.orgName(), h.year()),
                    n -> text.text("report.pdf.page", n), text.text("report.pdf.pages")));
            doc.addTitle(tables.title());
            doc.addCreator("party care");
            doc.open();

            Paragraph title = new Paragraph(tables.title(), fonts.title);
            title.setAlignment(Element.ALIGN_CENTER);
            doc.add(title);
            Paragraph subtitle = new Paragraph(tables.subtitle(), fonts.muted);
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(10);
            doc.add(subtitle);

            ReportTables.Table summary = tables.summary();
            doc.add(heading(summary.title(), fonts));
            doc.add(caption(text.text("report.chart.caption"), fonts));
            doc.add(chart(writer, report.summary(), text, base, doc.getPageSize().getWidth() - 80));
            doc.add(table(summary, fonts));
            for (ReportTables.Table part : List.of(tables.children(false), tables.registers(), tables.spending())) {
                doc.add(heading(part.title(), fonts));
                doc.add(table(part, fonts));
            }
            doc.add(heading(tables.membersTitle(), fonts));
            if (h.membersInPdf()) {
                members(doc, tables, members, text.text("report.members.none"), fonts);
            } else {
                doc.add(new Paragraph(text.text("report.members.elsewhere"), fonts.body));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        }
    }

    private static void members(Document doc, ReportTables tables, MemberSource members, String none, Fonts fonts)
            throws DocumentException {
        List<Column> columns = tables.memberColumns(true);
        PdfPTable table = emptyTable(columns, fonts.small, fonts);
        table.setComplete(false);
        int[] count = {0};
        members.stream(row -> {
            Object[] values = tables.memberValues(row, true);
            for (int i = 0; i < values.length; i++) {
                table.addCell(cell(columns.get(i), values[i], fonts.small));
            }
            if (++count[0] % CHUNK == 0) {
                try {
                    doc.add(table);
                } catch (DocumentException e) {
                    throw new IllegalStateException("the PDF could not be written", e);
                }
            }
        });
        if (count[0] == 0) {
            PdfPCell empty = new PdfPCell(new Phrase(none, fonts.small));
            empty.setColspan(columns.size());
            table.addCell(empty);
        }
        table.setComplete(true);
        doc.add(table);
    }

    private static Paragraph heading(String words, Fonts fonts) {
        Paragraph p = new Paragraph(words, fonts.heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return p;
    }

    private static Paragraph caption(String words, Fonts fonts) {
        Paragraph p = new Paragraph(words, fonts.muted);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(ReportTables.Table part, Fonts fonts) throws DocumentException {
        PdfPTable table = emptyTable(part.columns(), fonts.body, fonts);
        for (Object[] row : part.rows()) {
            for (int i = 0; i < row.length; i++) {
                table.addCell(cell(part.columns().get(i), row[i], fonts.body));
            }
        }
        return table;
    }

    private static PdfPTable emptyTable(List<Column> columns, Font font, Fonts fonts) throws DocumentException {
        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).widthChars();
        }
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setSpacingAfter(6);
        for (Column column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column.header(), new Font(font.getBaseFont(), font.getSize(),
                    Font.NORMAL, Color.BLACK)));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setPadding(3);
            cell.setHorizontalAlignment(column.kind() == Column.Kind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(Column column, Object value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(format(column.kind(), value), font));
        cell.setPadding(3);
        cell.setHorizontalAlignment(column.kind() == Column.Kind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        return cell;
    }

    static String format(Column.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        return switch (kind) {
            case INTEGER -> value instanceof Number n ? new DecimalFormat("#,##0", symbols).format(n) : value.toString();
            case DECIMAL -> value instanceof Number n ? new DecimalFormat("#,##0.0", symbols).format(n) : value.toString();
            case MONEY -> value instanceof Number n ? new DecimalFormat("#,##0.00", symbols).format(n) : value.toString();
            case DATE -> value instanceof LocalDate d ? d.toString() : value.toString();
            case TEXT -> value.toString();
        };
    }

    /**
     * A horizontal bar per rule: its name, a bar as long as its rate over a grey track marked at 0, 25, 50, 75 and
     * 100 %, and the rate with done / required after it.
     */
    private static Image chart(PdfWriter writer, List<RuleFigure> rules, ReportText text, BaseFont font, float width)
            throws DocumentException {
        float row = 16;
        float axis = 14;
        float labelWidth = 190;
        float valueWidth = 92;
        float barWidth = width - labelWidth - valueWidth;
        float height = axis + row * Math.max(rules.size(), 1) + 4;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        Font label = new Font(font, 8);
        Font tick = new Font(font, 7, Font.NORMAL, MUTED);
        float barsTop = height - axis;
        for (int pct = 0; pct <= 100; pct += 25) {
            float x = labelWidth + barWidth * pct / 100f;
            t.saveState();
            t.setColorStroke(GRID);
            t.setLineWidth(0.4f);
            t.moveTo(x, 2);
            t.lineTo(x, barsTop);
            t.stroke();
            t.restoreState();
            ColumnText.showTextAligned(t, Element.ALIGN_CENTER, new Phrase(pct + "%", tick), x, barsTop + 4, 0);
        }
        for (int i = 0; i < rules.size(); i++) {
            RuleFigure f = rules.get(i);
            float y = barsTop - row * (i + 1);
            String name = text.rule(f.rule());
            float size = 8;
            while (size > 5 && font.getWidthPoint(name, size) > labelWidth - 6) {
                size -= 0.5f;
            }
            ColumnText.showTextAligned(t, Element.ALIGN_RIGHT, new Phrase(name, new Font(font, size)),
                    labelWidth - 6, y + 5, 0);
            t.saveState();
            t.setColorFill(TRACK);
            t.rectangle(labelWidth, y + 3, barWidth, row - 6);
            t.fill();
            BigDecimal rate = ReportTables.rate(f);
            float length = rate == null ? 0 : barWidth * rate.min(BigDecimal.valueOf(100)).floatValue() / 100f;
            if (length > 0) {
                t.setColorFill(PARTY_RED);
                t.rectangle(labelWidth, y + 3, length, row - 6);
                t.fill();
            }
            t.restoreState();
            String value = (rate == null ? "—" : format(Column.Kind.DECIMAL, rate) + "%") + "  " + f.done() + "/"
                    + f.required();
            ColumnText.showTextAligned(t, Element.ALIGN_LEFT, new Phrase(value, label), labelWidth + barWidth + 6,
                    y + 5, 0);
        }
        Image image = Image.getInstance(t);
        image.setSpacingAfter(6);
        return image;
    }

    /** The sizes used, all in the one embedded font. */
    private static final class Fonts {
        final Font title;
        final Font heading;
        final Font body;
        final Font small;
        final Font muted;

        Fonts(BaseFont base) {
            title = new Font(base, 16);
            heading = new Font(base, 12, Font.NORMAL, PARTY_RED);
            body = new Font(base, 8.5f);
            small = new Font(base, 7.5f);
            muted = new Font(base, 8, Font.NORMAL, MUTED);
        }
    }
}
