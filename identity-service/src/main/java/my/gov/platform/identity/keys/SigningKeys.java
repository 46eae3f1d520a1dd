package my.gov.platform.identity.keys;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.security.SealedColumn;
import my.gov.platform.commons.security.SecretSeal;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.crypto.SigningAlgorithm;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider's signing keys, persisted in PostgreSQL (the private JWK sealed, bound to its kid)
 * and generated at first start. Holds an in-memory {@link KeyRing} that is reloaded after a rotation
 * and periodically, so several instances converge on the same published set.
 */
@ApplicationScoped
public class SigningKeys {
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    /** Serialises key generation between instances starting at the same time. */
    private static final long KEY_LOCK = 0x6d79676f76L;
    private static final SealedColumn PRIVATE_JWK = new SealedColumn("signing_key", "kid", "private_jwk", "signing_key:");

    private final EntityManager entities;
    private final SecretSeal seal;
    private final Duration retention;
    private static final Duration UNKNOWN_KEY_RELOAD_INTERVAL = Duration.ofSeconds(10);
    private volatile KeyRing ring;
    private volatile Instant lastReload = Instant.EPOCH;

    SigningKeys(EntityManager entities, SecretSeal seal, IdentityConfig config) {
        this.entities = entities;
        this.seal = seal;
        // ID tokens and access tokens share the lifetime; add the clock skew verifiers may allow.
        this.retention = config.accessTokenLifetime().plus(config.clockSkew()).plusMinutes(1);
    }

    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(this::ensureKeys);
        reload();
    }

    public KeyRing ring() {
        return ring;
    }

    /** Rotates one algorithm's keys and returns the new ring. */
    @Transactional
    public KeyRing rotate(SigningAlgorithm algorithm) {
        lock();
        List<SigningKey> keys = new ArrayList<>(SigningKey.list("algorithm", algorithm));
        Instant now = Instant.now();
        new KeyRotation(algorithm, retention).rotate(keys, now).forEach(this::persistSealed);
        LOG.infof("Rotated %s signing keys", algorithm);
        entities.flush();
        ring = new KeyRing(published(now), this::privateJwk);
        return ring;
    }

    /** Reloads the published keys (another instance may have rotated) and drops expired ones. */
    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        QuarkusTransaction.requiringNew().run(() -> SigningKey.delete("status = ?1 and retainUntil <= ?2",
                KeyStatus.RETIRED, Instant.now()));
        reload();
    }

    public void reload() {
        ring = QuarkusTransaction.requiringNew().call(() -> new KeyRing(published(Instant.now()), this::privateJwk));
        lastReload = Instant.now();
    }

    /**
     * Reloads when a token names a key id this instance has not seen (another instance may have
     * rotated), at most every few seconds so unknown key ids cannot flood the database.
     */
    public void reloadForUnknownKey() {
        if (lastReload.plus(UNKNOWN_KEY_RELOAD_INTERVAL).isBefore(Instant.now())) {
            reload();
        }
    }

    void ensureKeys() {
        lock();
        sealUnderCurrentKey();
        Instant now = Instant.now();
        for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
            List<SigningKey> keys = SigningKey.list("algorithm = ?1 and status <> ?2", algorithm, KeyStatus.RETIRED);
            List<SigningKey> added = new KeyRotation(algorithm, retention).complete(keys, now);
            added.forEach(this::persistSealed);
            if (!added.isEmpty()) {
                LOG.infof("Generated %d %s signing key(s)", added.size(), algorithm);
            }
        }
    }

    private void persistSealed(SigningKey key) {
        key.privateJwk = seal.seal(key.privateJwk, PRIVATE_JWK.context(key.kid));
        key.persist();
    }

    private String privateJwk(SigningKey key) {
        return seal.open(key.privateJwk, PRIVATE_JWK.context(key.kid));
    }

    /** Keys stored in plaintext or under an earlier sealing key; under the key lock, so each is sealed once. */
    private void sealUnderCurrentKey() {
        int sealed = PRIVATE_JWK.sealUnderCurrentKey(entities, seal);
        if (sealed > 0) {
            LOG.infof("Sealed %d signing key(s) under the current sealing key", sealed);
        }
    }

    private List<SigningKey> published(Instant now) {
        List<SigningKey> all = SigningKey.listAll();
        return all.stream().filter(k -> !KeyRotation.expired(k, now)).toList();
    }

    private void lock() {
        entities.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(" + KEY_LOCK + ")) AS held").getSingleResult();
    }
}
