package my.gov.platform.identity.mfa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "totp_credential")
public class TotpCredential extends PanacheEntityBase {
    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Column(nullable = false)
    public String secret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Null until the person proves their app holds the secret. */
    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** The last time step accepted, so a code works only once. */
    @Column(name = "last_used_step", nullable = false)
    public long lastUsedStep;
}
