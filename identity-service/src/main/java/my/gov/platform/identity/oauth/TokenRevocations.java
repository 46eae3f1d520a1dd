package my.gov.platform.identity.oauth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.changes.DataVersions;
import my.gov.platform.commons.events.Outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Revoked access tokens by jti (RFC 7009), consulted by introspection and the admin API. Each
 * revocation is stored (so every instance learns it, and a restart keeps it) and held in memory:
 * a revocation on this instance takes effect at once, one on another instance once its data set's
 * version moves (about half a second).
 * Each is announced as {@code my.gov.token.revoked}, so the other services refuse the token too.
 */
@ApplicationScoped
public class TokenRevocations {
    /** Overlap between refreshes, so a row committed late by another instance is not missed. */
    private static final Duration REFRESH_OVERLAP = Duration.ofSeconds(30);
    /** Bumped by every change of revoked_access_token (migration V230), on whichever replica. */
    private static final String DATA_SET = "revoked-tokens";

    private final RevokedJtis revoked = new RevokedJtis();
    private final Outbox outbox;
    private volatile Instant refreshedAt = Instant.EPOCH;

    TokenRevocations(Outbox outbox) {
        this.outbox = outbox;
    }

    void onStart(@Observes StartupEvent start, DataVersions versions) {
        refresh();
        versions.onChange(DATA_SET, this::refresh);
    }

    public void revoke(JWTClaimsSet claims) {
        revoke(claims.getJWTID(), String.valueOf(claims.getClaim("client_id")), claims.getExpirationTime().toInstant());
    }

    @Transactional
    public void revoke(String jti, String clientId, Instant expiresAt) {
        revoked.add(jti, expiresAt);
        if (RevokedToken.findById(jti) == null) {
            RevokedToken row = new RevokedToken();
            row.jti = jti;
            row.clientId = clientId;
            row.expiresAt = expiresAt;
            row.revokedAt = Instant.now();
            row.persist();
            outbox.publish("my.gov.token.revoked", jti, null, Map.of("jti", jti, "clientId", clientId,
                    "expiresAt", expiresAt.toString(), "revokedAt", row.revokedAt.toString()));
        }
    }

    public boolean isRevoked(String jti) {
        return revoked.contains(jti);
    }

    /** Learns revocations made by other instances since the last refresh. */
    void refresh() {
        Instant now = Instant.now();
        Instant since = refreshedAt.minus(REFRESH_OVERLAP);
        List<RevokedToken> rows = QuarkusTransaction.requiringNew().call(() ->
                RevokedToken.<RevokedToken>list("revokedAt >= ?1 and expiresAt > ?2", since, now));
        rows.forEach(row -> revoked.add(row.jti, row.expiresAt));
        revoked.forgetExpired(now);
        refreshedAt = now;
    }

    @Scheduled(every = "10m", delayed = "10m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetExpired() {
        RevokedToken.delete("expiresAt < ?1", Instant.now());
    }
}
