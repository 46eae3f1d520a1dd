package my.gov.platform.identity.authorize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A validated authorization request waiting for the person to sign in or consent. */
@Entity
@Table(name = "authorization_request")
public class AuthorizationRequest extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "redirect_uri", nullable = false)
    public String redirectUri;

    @Column(nullable = false)
    public String scope;

    public String state;

    public String nonce;

    @Column(name = "code_challenge")
    public String codeChallenge;

    /** Thumbprint of the DPoP key the code is bound to (RFC 9449 §10), if any. */
    @Column(name = "dpop_jkt")
    public String dpopJkt;

    @Column(name = "max_age")
    public Integer maxAge;

    @Column(name = "login_hint")
    public String loginHint;

    /** OIDC {@code prompt}: space-separated {@code none}, {@code login}, {@code consent}. */
    public String prompt;

    /** OIDC {@code acr_values}: the levels of assurance the client asks for. */
    @Column(name = "acr_values")
    public String acrValues;

    /** Set when the password was right and a second factor is still due. */
    @Column(name = "password_verified_account")
    public UUID passwordVerifiedAccount;

    /** Synchroniser token: every form posted for this request must carry it. */
    @Column(name = "csrf_token", nullable = false)
    public String csrfToken;

    /** Digest of the {@link BrowserBinding} cookie of the browser that started the request: only it may post the forms. */
    @Column(name = "browser_binding")
    public String browserBinding;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
