package my.gov.platform.identity.accounts;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.identity.config.IdentityConfig;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sign-up queue in PostgreSQL, one for all replicas: at most {@code capacity} registrations hold
 * a slot at once (admitted or running); the rest wait first come, first served with a ticket that
 * shows their position, up to {@code maxWaiting}, beyond which newcomers are refused. A ticket
 * whose holder has not asked for {@code abandonAfter} is dropped, so a closed browser does not
 * block the queue. Every change holds one advisory lock, so that counting the free slots and
 * filling them is one step on all replicas together. The queue paces sign-ups; what bounds each
 * replica's heap is its own {@link PasswordWork} gate, which every admitted registration still passes.
 */
@ApplicationScoped
public class SignUpQueue {
    /** The advisory lock of the queue (any number no other lock of this database uses). */
    private static final long QUEUE_LOCK = 0x5167_4e55_7051L;
    private final EntityManager entities;
    private final int capacity;
    private final int maxWaiting;
    private final Duration abandonAfter;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger holdingSlots = new AtomicInteger();

    SignUpQueue(EntityManager entities, IdentityConfig config, PasswordWork passwords) {
        this.entities = entities;
        this.capacity = config.signupMaxConcurrent().orElse(passwords.permits());
        this.maxWaiting = config.signupMaxWaiting();
        this.abandonAfter = config.signupAbandonAfter();
    }

    /**
     * Admitted (call {@link #leave(UUID)} with the ticket when done) or waiting: the ticket's number,
     * which only grows, so that tickets are served in the order of their numbers, and its 1-based
     * position in the queue now.
     */
    public record Admission(boolean admitted, UUID ticket, long number, long position) {
        static Admission admitted(UUID ticket) {
            return new Admission(true, ticket, 0, 0);
        }
    }

    /** Takes a slot or a place in the queue for a newcomer, or for the holder of {@code ticket} keeps or uses its place. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Admission enter(UUID ticket) {
        lockQueue();
        String status = ticket == null ? null : statusOf(ticket);
        if ("WAITING".equals(status)) {
            touch(ticket);
            promote();
            status = statusOf(ticket);
        }
        if ("ADMITTED".equals(status) && run(ticket)) {
            return Admission.admitted(ticket);
        }
        if ("WAITING".equals(status)) {
            return waiting(ticket);
        }
        return newcomer();
    }

    /** Frees the slot of a registration that ended, and lets the head of the queue in. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void leave(UUID ticket) {
        lockQueue();
        entities.createNativeQuery("DELETE FROM sign_up_ticket WHERE ticket = ?1").setParameter(1, ticket).executeUpdate();
        promote();
    }

    /** Each replica's worker: drops abandoned tickets, admits the head of the queue into free slots, refreshes the gauges. */
    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void work() {
        lockQueue();
        entities.createNativeQuery("DELETE FROM sign_up_ticket WHERE last_seen_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) abandonAfter.toSeconds()).executeUpdate();
        promote();
        waiting.set(count("status = 'WAITING'"));
        holdingSlots.set(count("status <> 'WAITING'"));
    }

    public int waiting() {
        return waiting.get();
    }

    public int holdingSlots() {
        return holdingSlots.get();
    }

    public int capacity() {
        return capacity;
    }

    private Admission newcomer() {
        UUID ticket = UUID.randomUUID();
        int waitingNow = count("status = 'WAITING'");
        if (waitingNow == 0 && count("status <> 'WAITING'") < capacity) {
            insert(ticket, "RUNNING");
            return Admission.admitted(ticket);
        }
        if (waitingNow >= maxWaiting) {
            throw new ProblemException(AccountProblem.SIGN_UP_QUEUE_FULL, "The sign-up queue is full; try again in "
                    + SignUpAdmission.RETRY_AFTER_SECONDS + " seconds")
                    .header("Retry-After", Integer.toString(SignUpAdmission.RETRY_AFTER_SECONDS));
        }
        insert(ticket, "WAITING");
        return waiting(ticket);
    }

    /** Admits the oldest waiting tickets into the free slots; a row held elsewhere is never waited on. */
    private void promote() {
        int free = capacity - count("status <> 'WAITING'");
        if (free > 0) {
            entities.createNativeQuery("""
                            UPDATE sign_up_ticket SET status = 'ADMITTED', last_seen_at = now() WHERE ticket IN (
                                SELECT ticket FROM sign_up_ticket WHERE status = 'WAITING'
                                ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED)""")
                    .setParameter(1, free).executeUpdate();
        }
    }

    private void lockQueue() {
        entities.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(" + QUEUE_LOCK + ")) AS held").getSingleResult();
    }

    private boolean run(UUID ticket) {
        return entities.createNativeQuery("UPDATE sign_up_ticket SET status = 'RUNNING', last_seen_at = now() "
                + "WHERE ticket = ?1 AND status = 'ADMITTED'").setParameter(1, ticket).executeUpdate() == 1;
    }

    private void touch(UUID ticket) {
        entities.createNativeQuery("UPDATE sign_up_ticket SET last_seen_at = now() WHERE ticket = ?1")
                .setParameter(1, ticket).executeUpdate();
    }

    private void insert(UUID ticket, String status) {
        entities.createNativeQuery("INSERT INTO sign_up_ticket (ticket, status, last_seen_at) VALUES (?1, ?2, now())")
                .setParameter(1, ticket).setParameter(2, status).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private String statusOf(UUID ticket) {
        List<String> found = entities.createNativeQuery("SELECT status FROM sign_up_ticket WHERE ticket = ?1", String.class)
                .setParameter(1, ticket).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Admission waiting(UUID ticket) {
        Object[] place = (Object[]) entities.createNativeQuery("""
                        SELECT t.seq, (SELECT count(*) FROM sign_up_ticket w WHERE w.status = 'WAITING' AND w.seq <= t.seq)
                        FROM sign_up_ticket t WHERE t.ticket = ?1""")
                .setParameter(1, ticket).getSingleResult();
        return new Admission(false, ticket, ((Number) place[0]).longValue(), ((Number) place[1]).longValue());
    }

    private int count(String condition) {
        return ((Number) entities.createNativeQuery("SELECT count(*) FROM sign_up_ticket WHERE " + condition)
                .getSingleResult()).intValue();
    }
}
