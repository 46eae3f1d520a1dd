package my.gov.platform.catalogue.portal;

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

/** One distinct OpenAPI document of a source (deduplicated by SHA-256) and its changes from the one before. */
@Entity
@Table(name = "api_version")
public class ApiVersion extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String source;
    @Column(nullable = false)
    public String sha256;
    public String title;
    @Column(name = "api_version")
    public String apiVersion;
    @Column(nullable = false)
    public String document;
    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ApiChange> changes;
    @Column(nullable = false)
    public boolean breaking;
}
