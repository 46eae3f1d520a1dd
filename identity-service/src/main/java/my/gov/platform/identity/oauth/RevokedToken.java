package my.gov.platform.identity.oauth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An access token revoked before its expiry, kept until it would have expired anyway. */
@Entity
@Table(name = "revoked_access_token")
public class RevokedToken extends PanacheEntityBase {
    @Id
    public String jti;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at", nullable = false)
    public Instant revokedAt;
}
