package my.gov.platform.exchange.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The public half of each key that has signed checkpoints, by the id checkpoints name. The private half
 * never reaches the database (see {@link CheckpointKey}); verification never trusts a key for being
 * here, since whoever can write this table can add one ({@link TrustedKeys}).
 */
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
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
