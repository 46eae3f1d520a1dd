package my.gov.platform.identity.civilservants;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A civil servant's standing with the agency named at sign-up. The account's own {@code agency} (what
 * tokens carry) is set only on approval, so this row holds the agency until then.
 */
@Entity
@Table(name = "civil_servant")
public class CivilServant extends PanacheEntityBase {
    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CivilServantStatus status;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    /** The subject of the head of department (or platform administrator) who approved. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    /** The subject of whoever recorded the departure. */
    @Column(name = "left_by")
    public String leftBy;

    @Version
    public long version;
}
