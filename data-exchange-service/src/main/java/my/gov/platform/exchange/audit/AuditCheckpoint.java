package my.gov.platform.exchange.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint extends PanacheEntityBase {
    @Id
    @Column(name = "tree_size")
    public long treeSize;
    @Column(name = "root_hash", nullable = false)
    public String rootHash;
    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;
    @Column(name = "key_id", nullable = false)
    public String keyId;
    @Column(nullable = false)
    public String signature;

    public Checkpoint toCheckpoint() {
        return new Checkpoint(treeSize, rootHash, signedAt, keyId, signature);
    }
}
