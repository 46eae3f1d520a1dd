package my.gov.platform.exchange.agreements;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import my.gov.platform.exchange.audit.AuditLog;
import my.gov.platform.exchange.classification.Classification;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A consumer agency's purpose-bound permission to read named fields of one product. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "product_id", nullable = false)
    public UUID productId;
    @Column(name = "consumer_agency", nullable = false)
    public String consumerAgency;
    @Column(name = "provider_agency", nullable = false)
    public String providerAgency;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> fields;
    /** The highest classification this agreement lets through. */
    @Enumerated(EnumType.STRING)
    @Column(name = "max_classification", nullable = false)
    public Classification maxClassification;
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose_code", nullable = false)
    public PurposeCode purposeCode;
    @Column(name = "purpose_text", nullable = false)
    public String purposeText;
    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;
    @Column(name = "volume_limit", nullable = false)
    public long volumeLimit;
    /**
     * Completed exchanges: those the audit sequencer has counted into {@code volume_used} as it placed
     * their entries, plus the entries committed but not yet placed. The units reserved towards the
     * limit are in {@code volume_reserved}, which only {@link VolumeAllowances} touches.
     */
    @Formula("(volume_used + (SELECT count(*) FROM audit_entry e WHERE e.leaf_index IS NULL AND e.agreement_id = id"
            + " AND e.kind = '" + AuditLog.COMPLETED_EXCHANGE + "'))")
    public long volumeUsed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Version
    @Column(name = "row_version")
    public long rowVersion;
}
