package my.gov.platform.exchange.subscriptions;

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

/** A change an owner agency reported in its registry, e.g. a death registered in the population registry. */
@Entity
@Table(name = "registry_change")
public class RegistryChange extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "product_id", nullable = false)
    public UUID productId;
    @Column(name = "record_key", nullable = false)
    public String recordKey;
    @Column(name = "change_type", nullable = false)
    public String changeType;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", nullable = false, columnDefinition = "text[]")
    public List<String> changedFields;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
