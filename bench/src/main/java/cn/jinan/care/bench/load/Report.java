package cn.jinan.care.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results table: one row per figure, with what it is compared to in the same run, the ratio and the target.
 * Printed, and written into docs/performance.md between its result markers (the rest of the page is kept).
 */
final class Report {

    static final String START = "<!-- bench:results:start -->";
    static final String END = "<!-- bench:results:end -->";

    record Row(String id, String what, String figure, String baseline, String ratio, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String id, String what, String figure, String baseline, String ratio, String target, Boolean met) {
        rows.add(new Row(id, what, figure, baseline, ratio, target, met == null ? "–" : met ? "met" : "**missed**"));
    }

    void note(String text) {
        notes.add(text);
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f ms", millis)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    static String x(double ratio) {
        return ratio >= 100 ? String.format(Locale.ROOT, "%,.0f×", ratio) : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    String markdown(Machine machine, String dataset, String settings) {
        StringBuilder sb = new StringBuilder();
        sb.append("Measured ").append(machine.date()).append(" on commit `").append(machine.commit()).append("`: ")
                .append(machine.cores()).append(" cores, ").append(String.format(Locale.ROOT, "%,d", machine.memoryMb()))
                .append(" MB RAM, ").append(machine.java()).append(", ").append(machine.os())
                .append("; load average before the run ").append(machine.loadBefore()).append(".\n\n");
        sb.append("Dataset: ").append(dataset).append("\n\n");
        sb.append("Run: ").append(settings).append("\n\n");
        sb.append("| | figure | measured | baseline (same run) | ratio | target | |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.id()).append(" | ").append(r.what()).append(" | ").append(r.figure())
                    .append(" | ").append(r.baseline()).append(" | ").append(r.ratio()).append(" | ")
                    .append(r.target()).append(" | ").append(r.verdict()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            sb.append('\n');
            for (String n : notes) {
                sb.append("- ").append(n).append('\n');
            }
        }
        return sb.toString();
    }

    /** Replaces the results section of the page (or appends one). */
    static void writeInto(Path page, String results) throws IOException {
        String text = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8)
                : "# Performance\n\n## Latest results\n\n" + START + "\n" + END + "\n";
        int s = text.indexOf(START);
        int e = text.indexOf(END);
        if (s < 0 || e < s) {
            text = text + "\n## Latest results\n\n" + START + "\n" + END + "\n";
            s = text.indexOf(START);
            e = text.indexOf(END);
        }
        String updated = text.substring(0, s + START.length()) + "\n" + results + text.substring(e);
        Files.writeString(page, updated, StandardCharsets.UTF_8);
    }
}
