package my.gov.platform.commons.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Every service's reaction to {@code my.gov.token.revoked} and {@code my.gov.session.ended}: the access
 * token, or every token issued in the session up to its end, is refused from then on although unexpired.
 * Events, not a call to identity-service's introspection per request: the check stays in memory and
 * identity-service stays off every request's path. Each fact is stored in this service's database and
 * the memory reloaded from it every few seconds, so replicas that did not receive the event themselves
 * follow within that interval. An event applied twice changes nothing, so no inbox row is kept.
 */
@ApplicationScoped
public class RevokedTokens {
    static final String TOKEN_REVOKED = "my.gov.token.revoked";
    static final String SESSION_ENDED = "my.gov.session.ended";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Revocations revocations = new Revocations();

    RevokedTokens(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    public boolean isRevoked(JsonWebToken token) {
        return isRevoked(token.getTokenID(), token.getClaim("sid"), Instant.ofEpochSecond(token.getIssuedAtTime()));
    }

    /** For a service that verifies tokens itself (identity-service's own APIs): by the token's jti, sid and iat. */
    public boolean isRevoked(String jti, String sessionId, Instant issuedAt) {
        return revocations.refuses(jti, sessionId, issuedAt);
    }

    /** Called by {@link WithdrawnTokenEvents} inside its transaction, for events of {@link #TOKEN_REVOKED}. */
    void onTokenRevoked(CloudEvent event) throws IOException {
        JsonNode data = json.readTree(event.getData().toBytes());
        tokenRevoked(data.path("jti").asText(), instant(data, "expiresAt"));
    }

    /** Called by {@link WithdrawnTokenEvents} inside its transaction, for events of {@link #SESSION_ENDED}. */
    void onSessionEnded(CloudEvent event) throws IOException {
        JsonNode data = json.readTree(event.getData().toBytes());
        sessionEnded(data.path("sessionId").asText(), instant(data, "endedAt"), instant(data, "tokensExpireBy"));
    }

    private void tokenRevoked(String jti, Instant expiresAt) {
        if (expiresAt.isAfter(Instant.now())) {
            entityManager.createNativeQuery("INSERT INTO revoked_jti (jti, expires_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, jti).setParameter(2, expiresAt).executeUpdate();
            revocations.tokenRevoked(jti, expiresAt);
        }
    }

    private void sessionEnded(String sessionId, Instant endedAt, Instant tokensExpireBy) {
        if (tokensExpireBy.isAfter(Instant.now())) {
            entityManager.createNativeQuery("""
                            INSERT INTO ended_session (session_id, ended_at, tokens_expire_by) VALUES (?1, ?2, ?3)
                            ON CONFLICT DO NOTHING""")
                    .setParameter(1, sessionId).setParameter(2, endedAt).setParameter(3, tokensExpireBy).executeUpdate();
            revocations.sessionEnded(sessionId, endedAt, tokensExpireBy);
        }
    }

    private static Instant instant(JsonNode data, String field) {
        return OffsetDateTime.parse(data.path(field).asText()).toInstant();
    }

    void load(@Observes StartupEvent start) {
        reload();
    }

    /** Learns what other replicas stored, and forgets what concerns only expired tokens. */
    @Scheduled(every = "${mygov.revoked-tokens.reload-every:5s}", delayed = "5s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void reload() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> jtis = entityManager.createNativeQuery("SELECT jti, expires_at FROM revoked_jti WHERE expires_at > ?1")
                .setParameter(1, now).getResultList();
        jtis.forEach(row -> revocations.tokenRevoked((String) row[0], (Instant) row[1]));
        @SuppressWarnings("unchecked")
        List<Object[]> sessions = entityManager.createNativeQuery(
                        "SELECT session_id, ended_at, tokens_expire_by FROM ended_session WHERE tokens_expire_by > ?1")
                .setParameter(1, now).getResultList();
        sessions.forEach(row -> revocations.sessionEnded((String) row[0], (Instant) row[1], (Instant) row[2]));
        revocations.forgetExpired(now);
    }

    @Scheduled(every = "10m", delayed = "10m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void deleteExpired() {
        Instant now = Instant.now();
        entityManager.createNativeQuery("DELETE FROM revoked_jti WHERE expires_at <= ?1").setParameter(1, now).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM ended_session WHERE tokens_expire_by <= ?1").setParameter(1, now).executeUpdate();
    }
}
