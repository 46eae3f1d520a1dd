package my.gov.platform.payment.merchants;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An agency payment application, bound to the MTSA trustmark that certifies it. */
@Entity
@Table(name = "merchant")
public class Merchant extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String agency;

    @Column(nullable = false)
    public String name;

    @Column(name = "trustmark_id", nullable = false)
    public UUID trustmarkId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "return_urls", nullable = false, columnDefinition = "text[]")
    public List<String> returnUrls;

    @Column(name = "callback_url", nullable = false)
    public String callbackUrl;

    /** Signs callbacks and return redirects; shown to the agency once, at creation. */
    @Column(name = "callback_secret", nullable = false)
    public String callbackSecret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
