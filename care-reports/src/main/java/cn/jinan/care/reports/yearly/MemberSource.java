package cn.jinan.care.reports.yearly;

import java.util.function.Consumer;

/**
 * The per-member table, handed row by row to a writer as the rows come: nothing collects them. {@link #stream} may be
 * called once; it returns when the last row was handed over.
 */
@FunctionalInterface
public interface MemberSource {

    void stream(Consumer<MemberRow> sink);

    /** The same rows, each also reported to {@code seen} after the writer took it (for progress). */
    default MemberSource peek(Consumer<MemberRow> seen) {
        return sink -> stream(row -> {
            sink.accept(row);
            seen.accept(row);
        });
    }
}
