package my.gov.platform.identity.securityevents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One security-relevant thing that happened to a person's account, kept for them to review. */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends PanacheEntityBase {
    public enum Kind { SIGNED_IN, SIGN_IN_REFUSED, SECOND_FACTOR_ADDED, SECOND_FACTOR_REMOVED, CONSENT_WITHDRAWN, SESSION_ENDED }

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** What it concerned: the client, the refusal reason or the method; never a secret. */
    public String detail;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
