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

/** A one-time authorization code, stored as a digest; valid for a minute. */
@Entity
@Table(name = "authorization_code")
public class AuthorizationCode extends PanacheEntityBase {
    @Id
    @Column(name = "code_hash")
    public String codeHash;

    /** Refresh tokens issued for this code share it, so a replayed code can revoke them all. */
    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "redirect_uri", nullable = false)
    public String redirectUri;

    @Column(nullable = false)
    public String scope;

    public String nonce;

    @Column(name = "code_challenge")
    public String codeChallenge;

    /** Thumbprint of the DPoP key the code is bound to (RFC 9449 §10), if any. */
    @Column(name = "dpop_jkt")
    public String dpopJkt;

    @Column(name = "auth_time", nullable = false)
    public Instant authTime;

    @Column(nullable = false)
    public String acr;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> amr;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
