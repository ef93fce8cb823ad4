package cn.jinan.care.web.shared;

import cn.jinan.care.reports.shared.Column;
import cn.jinan.care.reports.xlsx.XlsxTableWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a register's list, with the same filters and scope as on screen, as an .xlsx download. Rows are read page by
 * page from the same SQL the list uses and streamed into the workbook, so memory stays flat however long the list;
 * headers come from the message bundle, dates stay real dates (shown ISO), amounts real numbers.
 */
@Component
public class XlsxExport {

    /** Rows read per query while exporting. */
    static final int BATCH = 500;

    private final MessageSource messages;
    private final Clock clock;

    public XlsxExport(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** Starts a table of {@code T} rows. */
    public <T> Table<T> table() {
        return new Table<>();
    }

    /**
     * Writes the whole list to the response as {@code <title>-<date>.xlsx}, one sheet named after the title.
     *
     * @param titleKey message key of the list's title (file and sheet name)
     * @param pages    the list's query, called with successive pages until one comes back short
     */
    public <T> void send(HttpServletResponse response, String titleKey, Table<T> table,
            Function<Pageable, Page<T>> pages) {
        sendTitled(response, message(titleKey), table, pages);
    }

    /** A short table already in memory (a few rows per organization), with a title in words. */
    public <T> void sendRows(HttpServletResponse response, String title, Table<T> table, List<T> rows) {
        sendTitled(response, title, table, pageable -> new PageImpl<>(rows, Pageable.unpaged(), rows.size()));
    }

    /** As {@link #send}, with a title already in words (e.g. a campaign's name and what the sheet holds). */
    public <T> void sendTitled(HttpServletResponse response, String title, Table<T> table,
            Function<Pageable, Page<T>> pages) {
        attachment(response, title);
        try (XlsxTableWriter xlsx = new XlsxTableWriter()) {
            fill(xlsx, title, table, pages);
            xlsx.writeTo(response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Several short tables already in memory in one workbook, one sheet each in the order given (e.g. a dashboard's
     * figures and its ranking), as {@code <title>-<date>.xlsx}.
     */
    public void sendSheets(HttpServletResponse response, String title, List<Sheet<?>> sheets) {
        attachment(response, title);
        try (XlsxTableWriter xlsx = new XlsxTableWriter()) {
            for (Sheet<?> sheet : sheets) {
                sheet.fill(this, xlsx);
            }
            xlsx.writeTo(response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet of {@link #sendSheets}: its name in words, its columns and its rows. */
    public record Sheet<T>(String name, Table<T> table, List<T> rows) {

        private void fill(XlsxExport export, XlsxTableWriter xlsx) {
            export.fill(xlsx, name, table, pageable -> new PageImpl<>(rows, Pageable.unpaged(), rows.size()));
        }
    }

    private void attachment(HttpServletResponse response, String title) {
        String filename = title.replaceAll("[\\\\/:*?\"<>|]", "_") + "-" + LocalDate.now(clock) + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** Writes one sheet, reading the rows page by page until a page comes back without a next one. */
    private <T> void fill(XlsxTableWriter xlsx, String sheetName, Table<T> table, Function<Pageable, Page<T>> pages) {
        List<Column> columns = new ArrayList<>();
        for (Table.Col<T> col : table.cols) {
            columns.add(new Column(col.titled ? col.header : message(col.header), col.kind, col.width));
        }
        XlsxTableWriter.TableSheet sheet = xlsx.sheet(sheetName, columns);
        Pageable pageable = PageRequest.of(0, BATCH);
        while (true) {
            Page<T> page = pages.apply(pageable);
            for (T row : page.getContent()) {
                Object[] values = new Object[table.cols.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = table.cols.get(i).value.apply(row);
                }
                sheet.row(values);
            }
            if (!page.hasNext()) {
                break;
            }
            pageable = page.nextPageable();
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The columns of an export: header key, kind and how to get the cell's value from a row. */
    public static final class Table<T> {

        private final List<Col<T>> cols = new ArrayList<>();

        /** A column; its header is a message key, or the header itself when {@code titled}. */
        private record Col<T>(String header, boolean titled, Column.Kind kind, int width, Function<T, Object> value) {

            Col(String headerKey, Column.Kind kind, int width, Function<T, Object> value) {
                this(headerKey, false, kind, width, value);
            }
        }

        public Table<T> text(String headerKey, int width, Function<T, Object> value) {
            cols.add(new Col<>(headerKey, Column.Kind.TEXT, width, value));
            return this;
        }

        public Table<T> date(String headerKey, Function<T, LocalDate> value) {
            cols.add(new Col<>(headerKey, Column.Kind.DATE, 12, value::apply));
            return this;
        }

        public Table<T> integer(String headerKey, Function<T, Number> value) {
            cols.add(new Col<>(headerKey, Column.Kind.INTEGER, 10, value::apply));
            return this;
        }

        public Table<T> decimal(String headerKey, Function<T, Number> value) {
            cols.add(new Col<>(headerKey, Column.Kind.DECIMAL, 10, value::apply));
            return this;
        }

        /** A decimal column whose header is already in words (e.g. made of a rule's name). */
        public Table<T> decimalTitled(String header, Function<T, Number> value) {
            cols.add(new Col<>(header, true, Column.Kind.DECIMAL, 12, value::apply));
            return this;
        }

        public Table<T> money(String headerKey, Function<T, Number> value) {
            cols.add(new Col<>(headerKey, Column.Kind.MONEY, 14, value::apply));
            return this;
        }
    }
}
