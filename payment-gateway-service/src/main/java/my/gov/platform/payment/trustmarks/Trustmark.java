package my.gov.platform.payment.trustmarks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An MTSA trustmark certified for one agency payment application. */
@Entity
@Table(name = "trustmark")
public class Trustmark extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "certificate_number", nullable = false, unique = true)
    public String certificateNumber;

    @Column(nullable = false)
    public String agency;

    @Column(name = "application_name", nullable = false)
    public String applicationName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> hosts;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrustmarkStatus status;

    /** Why it was last suspended or revoked; cleared on reinstatement. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "expiry_notice_30_sent", nullable = false)
    public boolean expiryNotice30Sent;

    @Column(name = "expiry_notice_7_sent", nullable = false)
    public boolean expiryNotice7Sent;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** Whether this trustmark certifies the host name (host names are compared without regard to case). */
    public boolean covers(String host) {
        return host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
