package my.gov.platform.payment.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.payment.problems.GatewayProblem;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Stripe-style idempotency with PostgreSQL as the arbiter. The operation runs first; its response is
 * then stored with the key in one insert, and the key's unique index decides between concurrent
 * duplicates: the loser's insert waits for the winner's commit, finds the key taken, rolls its own
 * work back and replays the winner's stored response. One statement per request instead of an
 * insert before and an update after, no Java locks (it holds across replicas), and a failed request
 * stores nothing.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final String TABLE = "idempotency_key";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper json;

    IdempotentRequests(EntityManager entityManager, TransactionSynchronizationRegistry transactions, ObjectMapper json) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.json = json;
    }

    /** What an operation answered, kept to be replayed. */
    public record StoredResponse(int status, String body, String location, boolean replayed) {
    }

    /**
     * Runs {@code action} at most once per key, in a transaction of its own: call it from outside any
     * transaction, because a duplicate rolls the transaction back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public StoredResponse execute(String agency, String operation, String key, Object request, Supplier<StoredResponse> action) {
        if (key == null || !ACCEPTABLE_KEY.matcher(key).matches()) {
            throw new ProblemException(GatewayProblem.IDEMPOTENCY_KEY_REQUIRED,
                    "Send an Idempotency-Key header of 1 to 255 printable ASCII characters");
        }
        String hash = hash(request);
        StoredResponse response;
        try {
            response = action.get();
        } catch (ProblemException refused) {
            // A retry of a request that once succeeded replays it even if it would be refused today.
            return replay(agency, operation, key, hash).orElseThrow(() -> refused);
        }
        if (store(agency, operation, key, hash, response)) {
            return response;
        }
        return replay(agency, operation, key, hash).orElseThrow(() ->
                new IllegalStateException("Idempotency key " + key + " is taken but holds no response"));
    }

    /**
     * Claims the key with the response; false when another request holds it. Plain JDBC on the
     * transaction's connection: it runs on every creation, and Hibernate's native-query handling
     * (parsing, auto-flush checks) cost more CPU than the insert.
     */
    private boolean store(String agency, String operation, String key, String hash, StoredResponse response) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO idempotency_key (agency, operation, idempotency_key, request_hash, created_at,
                                                 response_status, response_body, location)
                    VALUES (?, ?, ?, ?, now(), ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                insert.setString(1, agency);
                insert.setString(2, operation);
                insert.setString(3, key);
                insert.setString(4, hash);
                insert.setInt(5, response.status());
                insert.setString(6, response.body());
                insert.setString(7, response.location());
                return insert.executeUpdate() == 1;
            }
        });
    }

    /**
     * The response stored under the key by an earlier (committed) request; this transaction's own work
     * is rolled back. Empty when the key is free.
     */
    private Optional<StoredResponse> replay(String agency, String operation, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT request_hash, response_status, response_body, location FROM idempotency_key
                        WHERE agency = ?1 AND operation = ?2 AND idempotency_key = ?3""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace(TABLE)
                .setParameter(1, agency).setParameter(2, operation).setParameter(3, key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        transactions.setRollbackOnly();
        Object[] stored = rows.get(0);
        if (!hash.equals(stored[0])) {
            throw new ProblemException(CommonProblem.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key '" + key + "' was first used with a different request");
        }
        return Optional.of(new StoredResponse(((Number) stored[1]).intValue(), (String) stored[2], (String) stored[3], true));
    }

    public String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response not serialisable", e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
