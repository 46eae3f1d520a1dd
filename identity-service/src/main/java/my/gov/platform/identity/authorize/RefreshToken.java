package my.gov.platform.identity.authorize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An opaque refresh token (digest only). Each use rotates it; the family links all rotations of one grant. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false)
    public String scope;

    @Column(name = "auth_time", nullable = false)
    public Instant authTime;

    @Column(nullable = false)
    public String acr;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> amr;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Set when issued with a DPoP proof: every refresh must prove the same key. */
    @Column(name = "dpop_jkt")
    public String dpopJkt;

    /** The access token issued with this refresh token (null for those issued before it was recorded). */
    @Column(name = "access_token_jti")
    public String accessTokenJti;

    @Column(name = "access_token_expires_at")
    public Instant accessTokenExpiresAt;
}
