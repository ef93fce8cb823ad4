package cn.jinan.care.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A closed-loop load: each user (a signed-in session on a thread of its own) sends its requests one after the other,
 * without pause, for a warm-up that is thrown away and then for the measured time.
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
    static Latencies run(List<WebSession> users, IntFunction<List<Step>> rounds, Duration warmup, Duration measure)
            throws Exception {
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int u = 0; u < users.size(); u++) {
                final int user = u;
                running.add(pool.submit(() -> {
                    WebSession session = users.get(user);
                    while (System.nanoTime() < end) {
                        for (Step step : rounds.apply(user)) {
                            long now = System.nanoTime();
                            if (now >= end) {
                                break;
                            }
                            try {
                                WebSession.Answer a = session.get(step.path());
                                if (now >= measureFrom) {
                                    if (a.status() == 200) {
                                        latencies.add(step.label(), a.micros());
                                    } else {
                                        latencies.error(step.label());
                                    }
                                }
                            } catch (Exception e) {
                                if (now >= measureFrom) {
                                    latencies.error(step.label());
                                }
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
