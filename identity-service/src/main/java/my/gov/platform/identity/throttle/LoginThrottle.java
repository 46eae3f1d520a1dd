package my.gov.platform.identity.throttle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Failed sign-ins counted for one account ({@code account:<id>}) or one source address ({@code address:<ip>}). */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends PanacheEntityBase {
    @Id
    @Column(name = "throttle_key")
    public String key;

    @Column(nullable = false)
    public int failures;

    @Column(name = "last_failure_at", nullable = false)
    public Instant lastFailureAt;

    @Column(name = "blocked_until")
    public Instant blockedUntil;

    /** Counts a failure against a throttle key (in the caller's transaction). */
    public static void recordFailure(String key, ThrottlePolicy policy, Instant now) {
        LoginThrottle throttle = findById(key);
        if (throttle == null) {
            throttle = new LoginThrottle();
            throttle.key = key;
            policy.recordFailure(throttle, now);
            throttle.persist();
        } else {
            policy.recordFailure(throttle, now);
        }
    }
}
