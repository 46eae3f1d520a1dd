package my.gov.platform.identity.clients;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A registered OAuth 2.0 / OpenID Connect client: an agency system or relying party. */
@Entity
@Table(name = "oauth_client")
public class OAuthClient extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false, unique = true)
    public String clientId;

    @Column(nullable = false)
    public String name;

    /** The agency the client acts for; its tokens carry it as the {@code agency} claim. */
    public String agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "auth_method", nullable = false)
    public ClientAuthMethod authMethod;

    @Column(name = "secret_hash")
    public String secretHash;

    /** The client's public keys (JWK set JSON) for private_key_jwt. */
    public String jwks;

    /** Where the client publishes its keys (private_key_jwt), when it did not register them in {@link #jwks}. */
    @Column(name = "jwks_uri")
    public String jwksUri;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "redirect_uris", nullable = false, columnDefinition = "text[]")
    public List<String> redirectUris;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "grant_types", nullable = false, columnDefinition = "text[]")
    public List<String> grantTypes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> scopes;

    /**
     * Resource indicators (RFC 8707) the client may ask tokens for; an entry ending in {@code *} allows every
     * resource starting with the rest. Empty: the client gets platform tokens only.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> resources;

    /** The service-catalogue service this client delivers, for adoption counts. */
    @Column(name = "service_id")
    public String serviceId;

    /** OIDC Back-Channel Logout: receives a logout token when a session the client took part in ends. */
    @Column(name = "backchannel_logout_uri")
    public String backchannelLogoutUri;

    /** RFC 9126: authorization requests must be pushed to /oauth2/par first. */
    @Column(name = "require_par", nullable = false)
    public boolean requirePar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClientStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Optional<OAuthClient> byClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    public boolean allowsGrant(String grantType) {
        return grantTypes.contains(grantType);
    }
}
