package my.gov.platform.identity.passkeys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person's registered WebAuthn authenticator (security key or passkey). */
@Entity
@Table(name = "webauthn_credential")
public class PasskeyCredential extends PanacheEntityBase {
    /** The credential id, base64url. */
    @Id
    public String id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String label;

    /** The authenticator's attested credential data (id and COSE public key), as webauthn4j encodes it. */
    @Column(name = "attested_data", nullable = false)
    public byte[] attestedData;

    @Column(name = "sign_count", nullable = false)
    public long signCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public static List<PasskeyCredential> of(UUID accountId) {
        return list("accountId = ?1 order by createdAt", accountId);
    }
}
