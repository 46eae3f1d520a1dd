package my.gov.platform.catalogue.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Where an OpenAPI document is read from: a suite service (no agency) or an agency API registered by URL. */
@Entity
@Table(name = "api_source")
public class ApiSource extends PanacheEntityBase {
    @Id
    public String name;
    @Column(nullable = false)
    public String url;
    public String agency;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The service's base URL, for its other public documents such as /v1/event-schemas. */
    public String baseUrl() {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
