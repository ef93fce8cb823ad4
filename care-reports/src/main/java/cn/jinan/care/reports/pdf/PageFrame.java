package cn.jinan.care.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.function.IntFunction;

/**
 * What every page carries: the report's name at the top over a rule, and "第 N 页 / 共 M 页" at the bottom. M is known
 * only when the document closes, so each page shows a placeholder (a template) that is filled in then.
 */
final class PageFrame extends PdfPageEventHelper {

    private static final float SIZE = 8;
    private static final Color GREY = new Color(0x66, 0x66, 0x66);

    private final BaseFont font;
    private final String header;
    private final IntFunction<String> pageOf;
    private final String pages;
    private PdfTemplate total;

    /**
     * @param pageOf the words before the total for page N ("第 N 页 / 共"), {@code pages} those after it ("页")
     */
    PageFrame(BaseFont font, String header, IntFunction<String> pageOf, String pages) {
        this.font = font;
        this.header = header;
        this.pageOf = pageOf;
        this.pages = pages;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(80, SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.leftMargin();
        float right = page.getWidth() - document.rightMargin();
        float top = page.getHeight() - document.topMargin() + 18;
        Font grey = new Font(font, SIZE, Font.NORMAL, GREY);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(header, grey), left, top, 0);
        cb.saveState();
        cb.setColorStroke(GREY);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, top - 4);
        cb.lineTo(right, top - 4);
        cb.stroke();
        cb.restoreState();
        String before = pageOf.apply(writer.getPageNumber()) + " ";
        float width = font.getWidthPoint(before, SIZE);
        float x = (page.getWidth() - width - 24) / 2;
        float y = document.bottomMargin() - 24;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(before, grey), x, y, 0);
        cb.addTemplate(total, x + width, y - 2);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setColorFill(GREY);
        total.setTextMatrix(0, 2);
        String count = String.valueOf(writer.getPageNumber() - 1);
        total.showText(pages.isEmpty() ? count : count + " " + pages);
        total.endText();
    }
}
