package my.gov.platform.identity.authorize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Scopes a person allowed a client to receive; remembered until revoked. */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> scopes;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId, @Column(name = "client_id") String clientId)
            implements Serializable {
    }
}
