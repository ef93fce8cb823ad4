package cn.jinan.care.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A closed-loop load: each user (a signed-in session on a thread of its own) sends its round of requests one after
 * the other, without pause. A first round warms up and is not counted; then every request counts, round after round,
 * until the measured time is over and each user has done at least {@code minRounds} rounds (so that a page taking
 * longer than the window is measured too, not left out).
 */
final class LoadRun {

    /** One request of a user's round: a label for the figures and the path it gets. */
    record Step(String label, String path) {
    }

    private LoadRun() {
    }

    /**
     * @param rounds for user {@code i}, its round of requests; called each round (so it may vary the pages)
     */
    static Latencies run(List<WebSession> users, IntFunction<List<Step>> rounds, Duration warmup, Duration measure,
            int minRounds) throws Exception {
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int u = 0; u < users.size(); u++) {
                final int user = u;
                running.add(pool.submit(() -> {
                    WebSession session = users.get(user);
                    long warmEnd = System.nanoTime() + warmup.toNanos();
                    // warm-up: at least one round, and the warm-up time
                    do {
                        for (Step step : rounds.apply(user)) {
                            try {
                                session.get(step.path());
                            } catch (Exception e) {
                                // counted in the measured part only
                            }
                        }
                    } while (System.nanoTime() < warmEnd);
                    long end = System.nanoTime() + measure.toNanos();
                    for (int done = 0; done < minRounds || System.nanoTime() < end; done++) {
                        for (Step step : rounds.apply(user)) {
                            try {
                                WebSession.Answer a = session.get(step.path());
                                if (a.status() == 200) {
                                    latencies.add(step.label(), a.micros());
                                } else {
                                    latencies.error(step.label());
                                }
                            } catch (Exception e) {
                                latencies.error(step.label());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return latencies;
    }
}
