package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.imports.FieldChange;
import java.util.List;

/**
 * A row of a roster file without problems: a new member, an update of an existing one (with the fields it changes),
 * or a member already on the roster as the row says.
 */
public record RosterLine(int row, Outcome outcome, String name, String maskedIdNumber, String organization,
        List<FieldChange> changes) {

    public enum Outcome {
        NEW, UPDATE, UNCHANGED
    }

    public RosterLine {
        changes = List.copyOf(changes);
    }
}
