package my.gov.platform.identity.authorize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An authorization request pushed by an authenticated client (RFC 9126), redeemable once by its request_uri. */
@Entity
@Table(name = "pushed_request")
public class PushedRequest extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    /** The authorization parameters as a JSON object. */
    @Column(nullable = false)
    public String parameters;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
