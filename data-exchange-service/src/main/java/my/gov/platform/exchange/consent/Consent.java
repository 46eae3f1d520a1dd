package my.gov.platform.exchange.consent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import my.gov.platform.exchange.agreements.PurposeCode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A citizen's permission for one consumer agency to receive named fields of their record for one purpose. */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {
    @Id
    public UUID id;
    /** The citizen's identity-service user id (token subject). */
    @Column(name = "citizen_subject", nullable = false)
    public String citizenSubject;
    @Column(name = "record_key_hash", nullable = false)
    public String recordKeyHash;
    @Column(name = "consumer_agency", nullable = false)
    public String consumerAgency;
    @Column(name = "product_id", nullable = false)
    public UUID productId;
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose_code", nullable = false)
    public PurposeCode purposeCode;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> fields;
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentStatus status;
    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Version
    @Column(name = "row_version")
    public long rowVersion;

    public boolean inForce(Instant now) {
        return status == ConsentStatus.GRANTED && expiresAt.isAfter(now);
    }
}
