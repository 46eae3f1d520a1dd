package my.gov.platform.identity.memory;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Remembers client-assertion ids until they expire, so an assertion is accepted only once. */
@ApplicationScoped
public class UsedAssertions {
    private final EntityManager entities;

    UsedAssertions(EntityManager entities) {
        this.entities = entities;
    }

    /** @return true the first time this client presents this jti */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean firstUse(String clientId, String jti, Instant expiresAt) {
        int inserted = entities.createNativeQuery("""
                        INSERT INTO client_assertion_jti (client_id, jti, expires_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, clientId)
                .setParameter(2, jti)
                .setParameter(3, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .executeUpdate();
        return inserted == 1;
    }

    @Scheduled(every = "5m", delayed = "5m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetExpired() {
        entities.createNativeQuery("DELETE FROM client_assertion_jti WHERE expires_at < now() - interval '5 minutes'")
                .executeUpdate();
    }
}
