package my.gov.platform.identity.signin;

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

/** A person's single sign-on session at the provider. */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "auth_time", nullable = false)
    public Instant authTime;

    @Column(nullable = false)
    public String acr;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> amr;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    /** The absolute end, however active the person is. */
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "ended_at")
    public Instant endedAt;
}
