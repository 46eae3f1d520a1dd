package my.gov.platform.identity.devices;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "device_challenge")
public class DeviceChallenge extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    /** The authorization request this sign-in belongs to. */
    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(nullable = false)
    public String challenge;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "approved_by")
    public UUID approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
