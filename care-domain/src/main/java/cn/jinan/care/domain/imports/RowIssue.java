package cn.jinan.care.domain.imports;

import java.util.List;

/**
 * A problem with a row: its number in the file, the column (none when it concerns the row as a whole), the cell's
 * text as uploaded, and why, as a message key with its arguments.
 */
public record RowIssue(int row, ImportColumn column, String value, String messageKey, List<Object> arguments) {

    public RowIssue {
        arguments = List.copyOf(arguments);
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
