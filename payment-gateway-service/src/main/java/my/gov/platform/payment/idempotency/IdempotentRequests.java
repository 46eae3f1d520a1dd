package my.gov.platform.payment.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.payment.problems.GatewayProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Stripe-style idempotency with PostgreSQL as the arbiter: the request first inserts its key; the
 * unique index makes concurrent duplicates wait for the owner's commit and then replay its stored
 * response. No Java locks, so it holds across replicas. A failed request stores nothing.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final EntityManager entityManager;
    private final ObjectMapper json;

    IdempotentRequests(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** What an operation answered, kept to be replayed. */
    public record StoredResponse(int status, String body, String location, boolean replayed) {
    }

    @Transactional
    public StoredResponse execute(String agency, String operation, String key, Object request, Supplier<StoredResponse> action) {
        if (key == null || !ACCEPTABLE_KEY.matcher(key).matches()) {
            throw new ProblemException(GatewayProblem.IDEMPOTENCY_KEY_REQUIRED,
                    "Send an Idempotency-Key header of 1 to 255 printable ASCII characters");
        }
        String hash = hash(request);
        int owned = entityManager.createNativeQuery("""
                        INSERT INTO idempotency_key (agency, operation, idempotency_key, request_hash, created_at)
                        VALUES (?1, ?2, ?3, ?4, now()) ON CONFLICT DO NOTHING""")
                .setParameter(1, agency).setParameter(2, operation).setParameter(3, key).setParameter(4, hash)
                .executeUpdate();
        if (owned == 1) {
            StoredResponse response = action.get();
            entityManager.createNativeQuery("""
                            UPDATE idempotency_key SET response_status = ?4, response_body = ?5, location = ?6
                            WHERE agency = ?1 AND operation = ?2 AND idempotency_key = ?3""")
                    .setParameter(1, agency).setParameter(2, operation).setParameter(3, key)
                    .setParameter(4, response.status()).setParameter(5, response.body()).setParameter(6, response.location())
                    .executeUpdate();
            return response;
        }
        Object[] stored = (Object[]) entityManager.createNativeQuery("""
                        SELECT request_hash, response_status, response_body, location FROM idempotency_key
                        WHERE agency = ?1 AND operation = ?2 AND idempotency_key = ?3""")
                .setParameter(1, agency).setParameter(2, operation).setParameter(3, key)
                .getSingleResult();
        if (!hash.equals(stored[0])) {
            throw new ProblemException(CommonProblem.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key '" + key + "' was first used with a different request");
        }
        return new StoredResponse(((Number) stored[1]).intValue(), (String) stored[2], (String) stored[3], true);
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
