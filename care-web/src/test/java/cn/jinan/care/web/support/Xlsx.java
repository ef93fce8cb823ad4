package cn.jinan.care.web.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a downloaded .xlsx back as the text a user sees in each cell (dates as the file formats them). */
public final class Xlsx {

    private Xlsx() {
    }

    /** The first sheet's rows, header included, each as the cells' displayed text. */
    public static List<List<String>> rows(byte[] xlsx) {
        return rows(xlsx, 0);
    }

    /** A sheet's rows (0 = the first sheet), header included, each as the cells' displayed text. */
    public static List<List<String>> rows(byte[] xlsx, int sheetIndex) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(sheetIndex);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            int width = sheet.getRow(0).getLastCellNum();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sheet's name, in order. */
    public static List<String> sheetNames(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                names.add(book.getSheetName(i));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's name. */
    public static String sheetName(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return book.getSheetName(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
