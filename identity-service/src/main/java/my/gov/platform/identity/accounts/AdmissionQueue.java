package my.gov.platform.identity.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Surge admission for sign-ups: at most {@code capacity} registrations run at once; the rest wait
 * first come, first served, each holding a ticket that shows its position. A ticket not asked
 * about for {@code abandonAfter} is dropped so a closed browser does not block the queue.
 * Sign-ins never pass through here.
 */
public final class AdmissionQueue {
    private final int capacity;
    private final Duration abandonAfter;
    private final Map<String, Instant> waiting = new LinkedHashMap<>();
    private int running;

    public AdmissionQueue(int capacity, Duration abandonAfter) {
        this.capacity = capacity;
        this.abandonAfter = abandonAfter;
    }

    /** Admitted (call {@link #leave()} when done) or queued with a ticket and a 1-based position. */
    public record Admission(boolean admitted, String ticket, int position) {
    }

    public synchronized Admission enter(String ticket, Instant now) {
        dropAbandoned(now);
        if (ticket == null || !waiting.containsKey(ticket)) {
            if (waiting.isEmpty() && running < capacity) {
                running++;
                return new Admission(true, null, 0);
            }
            String issued = UUID.randomUUID().toString();
            waiting.put(issued, now);
            return new Admission(false, issued, waiting.size());
        }
        waiting.put(ticket, now);
        int position = positionOf(ticket);
        if (position == 1 && running < capacity) {
            waiting.remove(ticket);
            running++;
            return new Admission(true, null, 0);
        }
        return new Admission(false, ticket, position);
    }

    public synchronized void leave() {
        running = Math.max(0, running - 1);
    }

    public synchronized int waiting() {
        return waiting.size();
    }

    public synchronized int running() {
        return running;
    }

    public int capacity() {
        return capacity;
    }

    private int positionOf(String ticket) {
        int position = 1;
        for (String waitingTicket : waiting.keySet()) {
            if (waitingTicket.equals(ticket)) {
                return position;
            }
            position++;
        }
        return position;
    }

    private void dropAbandoned(Instant now) {
        Iterator<Map.Entry<String, Instant>> entries = waiting.entrySet().iterator();
        while (entries.hasNext()) {
            if (entries.next().getValue().plus(abandonAfter).isBefore(now)) {
                entries.remove();
            }
        }
    }
}
