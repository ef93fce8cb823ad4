package cn.jinan.care.reports.shared;

/**
 * Text that a spreadsheet would run as a formula (CSV injection): anything starting with {@code = + - @}, or a
 * tab or carriage return that some programs strip before looking.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** For plain-text formats (CSV): a leading apostrophe makes the cell text in every spreadsheet. */
    public static String neutralise(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }
}
