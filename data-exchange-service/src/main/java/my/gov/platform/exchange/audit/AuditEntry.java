package my.gov.platform.exchange.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of the append-only audit log; the sequencer sets its index and hash once, nothing else changes it. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    /** Null until the sequencer places the entry in the tree. */
    @Column(name = "leaf_index", unique = true)
    public Long leafIndex;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String actor;
    @Column(name = "consumer_agency")
    public String consumerAgency;
    @Column(name = "provider_agency")
    public String providerAgency;
    @Column(name = "product_code")
    public String productCode;
    @Column(name = "agreement_id")
    public UUID agreementId;
    @Column(name = "consent_id")
    public UUID consentId;
    @Column(name = "purpose_code")
    public String purposeCode;
    @Column(name = "record_key_hash")
    public String recordKeyHash;
    public String fields;
    @Column(nullable = false)
    public String outcome;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "response_hash")
    public String responseHash;
    @Column(name = "leaf_hash")
    public String leafHash;

    /** As placed at {@code index}; the sequencer hashes this, so the hash covers the position too. */
    public AuditRecord toRecord(long index) {
        return new AuditRecord(index, id, recordedAt, kind, actor, consumerAgency, providerAgency, productCode,
                agreementId, consentId, purposeCode, recordKeyHash, fields, outcome, requestHash, responseHash, leafHash);
    }
}
