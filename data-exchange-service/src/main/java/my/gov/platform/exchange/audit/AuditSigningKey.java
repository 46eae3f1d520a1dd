package my.gov.platform.exchange.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The log's checkpoint signing key, kept in the database so every instance signs with the same one. */
@Entity
@Table(name = "audit_signing_key")
public class AuditSigningKey extends PanacheEntityBase {
    @Id
    @Column(name = "key_id")
    public String keyId;
    @Column(nullable = false)
    public String algorithm;
    @Column(name = "public_key", nullable = false)
    public String publicKey;
    @Column(name = "private_key", nullable = false)
    public String privateKey;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
