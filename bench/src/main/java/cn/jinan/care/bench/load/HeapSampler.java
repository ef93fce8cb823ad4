package cn.jinan.care.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;

/**
 * The app's heap in use, sampled every 100 ms with {@code jstat -gc} (young, survivor and old generations): the peak
 * seen between start and stop. Garbage not yet collected counts, so it is an upper bound of what the work needed.
 */
final class HeapSampler implements AutoCloseable {

    private final Process jstat;
    private final Thread reader;
    private volatile double peakMb;
    private volatile double firstMb = -1;

    HeapSampler(long pid) throws IOException {
        String jstatPath = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        if (!new java.io.File(jstatPath).canExecute()) {
            jstatPath = "jstat";
        }
        jstat = new ProcessBuilder(jstatPath, "-gc", Long.toString(pid), "100").redirectErrorStream(true).start();
        reader = new Thread(this::read, "jstat");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
            String[] header = null;
            for (String line; (line = in.readLine()) != null;) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 0 && f[0].equals("S0C")) {
                    header = f;
                    continue;
                }
                if (header == null || f.length != header.length) {
                    continue;
                }
                double usedKb = 0;
                for (int i = 0; i < header.length; i++) {
                    if (header[i].equals("S0U") || header[i].equals("S1U") || header[i].equals("EU")
                            || header[i].equals("OU")) {
                        usedKb += Double.parseDouble(f[i]);
                    }
                }
                double mb = usedKb / 1024;
                if (firstMb < 0) {
                    firstMb = mb;
                }
                peakMb = Math.max(peakMb, mb);
            }
        } catch (IOException | NumberFormatException e) {
            // jstat ended
        }
    }

    double peakMb() {
        return peakMb;
    }

    double firstMb() {
        return firstMb;
    }

    @Override
    public void close() throws InterruptedException {
        jstat.destroy();
        reader.join(2000);
    }
}
