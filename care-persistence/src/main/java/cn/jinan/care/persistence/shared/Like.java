package cn.jinan.care.persistence.shared;

/** Escapes user text for a SQL LIKE pattern: {@code %} and {@code _} are data, not wildcards. */
public final class Like {

    public static final char ESCAPE = '\\';

    private Like() {
    }

    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                sb.append(ESCAPE);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    public static String startsWith(String text) {
        return escape(text) + "%";
    }
}
