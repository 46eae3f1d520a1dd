package my.gov.platform.exchange.products;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import my.gov.platform.exchange.classification.Classification;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A registry or repository an agency offers through the broker, with its schema and endpoint. */
@Entity
@Table(name = "data_product")
public class DataProduct extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductKind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_ms", nullable = false)
    public String nameMs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    @Column(name = "owner_agency", nullable = false)
    public String ownerAgency;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(nullable = false)
    public String version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Classification classification;

    /** The field a record is looked up by, e.g. mykadNumber. */
    @Column(name = "record_key", nullable = false)
    public String recordKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ProductField> fields;

    /** URL template with {key}; may start with {sampleRegistryBaseUrl}. */
    @Column(name = "provider_endpoint", nullable = false)
    public String providerEndpoint;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "row_version")
    public long rowVersion;

    public Optional<ProductField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
}
