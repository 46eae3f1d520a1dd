package my.gov.platform.infra.drills;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts per operation and outcome, and per second of the run the failures, for the recovery time. */
final class Tally {
    private final Map<String, Map<Outcome, AtomicLong>> byOperation = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> failuresBySecond = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicLong> uncleanReasons = new ConcurrentSkipListMap<>();

    /** An unclean failure, with what it was (a status and content type, or an exception), for the report. */
    void recordUnclean(String operation, String reason) {
        record(operation, Outcome.UNCLEAN_FAILURE);
        uncleanReasons.computeIfAbsent(operation + ": " + reason, r -> new AtomicLong()).incrementAndGet();
    }

    void record(String operation, Outcome outcome) {
        byOperation.computeIfAbsent(operation, o -> {
            Map<Outcome, AtomicLong> counts = new EnumMap<>(Outcome.class);
            for (Outcome each : Outcome.values()) {
                counts.put(each, new AtomicLong());
            }
            return counts;
        }).get(outcome).incrementAndGet();
        if (outcome != Outcome.SUCCEEDED) {
            failuresBySecond.computeIfAbsent(System.currentTimeMillis() / 1000, s -> new AtomicLong()).incrementAndGet();
        }
    }

    /** One line per operation: attempted, succeeded, failed cleanly, failed uncleanly. */
    String report() {
        StringBuilder lines = new StringBuilder(String.format("%-20s %9s %9s %9s %9s%n", "operation", "attempted", "succeeded",
                "clean", "unclean"));
        new TreeMap<>(byOperation).forEach((operation, counts) -> {
            long attempted = counts.values().stream().mapToLong(AtomicLong::get).sum();
            lines.append(String.format("%-20s %9d %9d %9d %9d%n", operation, attempted, counts.get(Outcome.SUCCEEDED).get(),
                    counts.get(Outcome.CLEAN_FAILURE).get(), counts.get(Outcome.UNCLEAN_FAILURE).get()));
        });
        uncleanReasons.forEach((reason, count) -> lines.append(String.format("  unclean %s: %d%n", reason, count.get())));
        return lines.toString();
    }

    long unclean() {
        return byOperation.values().stream().mapToLong(c -> c.get(Outcome.UNCLEAN_FAILURE).get()).sum();
    }

    /** Epoch seconds in which some operation failed, with how many did, in order. */
    Map<Long, AtomicLong> failuresBySecond() {
        return failuresBySecond;
    }
}
