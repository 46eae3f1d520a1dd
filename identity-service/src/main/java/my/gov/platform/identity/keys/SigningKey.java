package my.gov.platform.identity.keys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import my.gov.platform.identity.crypto.SigningAlgorithm;

import java.time.Instant;

/** A signing key pair of the provider, kept as a private JWK, sealed (see {@link SigningKeys}). */
@Entity
@Table(name = "signing_key")
public class SigningKey extends PanacheEntityBase {
    @Id
    public String kid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SigningAlgorithm algorithm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KeyStatus status;

    @Column(name = "private_jwk", nullable = false)
    public String privateJwk;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    /** A retired key is published until then: the expiry of the last token it may have signed. */
    @Column(name = "retain_until")
    public Instant retainUntil;
}
