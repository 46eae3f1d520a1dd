package my.gov.platform.identity.clients;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.ratelimit.RateLimitPolicy;
import my.gov.platform.commons.ratelimit.RateLimitVerdict;
import my.gov.platform.identity.throttle.LoginThrottle;
import my.gov.platform.identity.throttle.ThrottlePolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Wrong client secrets are counted per client and caller address, and only that pair is held back: after
 * {@link #POLICY}'s free failures each further one doubles the wait (5 s up to five minutes), and at its lock
 * threshold the address may not try that client's secret for 15 minutes. Never the client as a whole: its
 * secret is 256 random bits, which no number of addresses can guess, while a whole-client lock would let anyone
 * who knows a client id switch off an agency's integration. The client's own systems, at their own addresses,
 * keep working; the admin API shows the failures and locked addresses ({@link SecretLockoutView}).
 */
@ApplicationScoped
public class SecretLockout {
    static final ThrottlePolicy POLICY = new ThrottlePolicy(10, 30, Duration.ofMinutes(15), Duration.ofHours(1));
    /** How the lockout is announced in the RateLimit fields: free failures per hour. */
    private static final RateLimitPolicy ANNOUNCED = new RateLimitPolicy("client-secret", POLICY.freeFailures(), POLICY.resetAfter());
    private static final String PREFIX = "client-secret:";

    /**
     * Refuses with 429 (Retry-After, RateLimit fields) while the address is held back for this client's secret.
     *
     * @return whether failures are on record, to be cleared once the right secret is given
     */
    public boolean admit(String clientId, String address) {
        Instant now = Instant.now();
        LoginThrottle throttle = QuarkusTransaction.requiringNew().call(() -> LoginThrottle.<LoginThrottle>findById(key(clientId, address)));
        if (POLICY.blocked(throttle, now)) {
            long seconds = Duration.between(now, throttle.blockedUntil).toSeconds() + 1;
            throw RateLimitVerdict.refused(ANNOUNCED, seconds).refusal("Too many wrong secrets for this client from this address; retry after "
                    + seconds + " s");
        }
        return throttle != null;
    }

    public void failed(String clientId, String address) {
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.recordFailure(key(clientId, address), POLICY, Instant.now()));
    }

    public void cleared(String clientId, String address) {
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.deleteById(key(clientId, address)));
    }

    /** The failures within the last hour across addresses, and the addresses held back now. */
    public SecretLockoutView summary(String clientId) {
        Instant now = Instant.now();
        String prefix = PREFIX + clientId + "@";
        List<LoginThrottle> rows = LoginThrottle.list("substring(key, 1, ?1) = ?2", prefix.length(), prefix);
        List<LoginThrottle> recent = rows.stream().filter(t -> t.lastFailureAt.isAfter(now.minus(POLICY.resetAfter()))).toList();
        List<LoginThrottle> blocked = rows.stream().filter(t -> POLICY.blocked(t, now)).toList();
        return new SecretLockoutView(recent.stream().mapToInt(t -> t.failures).sum(),
                blocked.stream().map(t -> t.key.substring(prefix.length())).sorted().toList(),
                blocked.stream().map(t -> t.blockedUntil).max(Instant::compareTo).orElse(null));
    }

    private static String key(String clientId, String address) {
        return PREFIX + clientId + "@" + address;
    }
}
