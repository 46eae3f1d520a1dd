package my.gov.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens for tests, shaped like identity-service's (RFC 9068): an agency machine client
 * with scopes, or a person with roles who signed in with a password ({@code acr} {@code urn:mygov:loa:1}) unless
 * {@link #assurance(int)} says otherwise.
 *
 * <pre>given().auth().oauth2(TestTokens.agency("JPN").scopes("payments.write").token())</pre>
 */
public final class TestTokens {
    /** The audience identity-service puts in tokens for the platform's own APIs. */
    public static final String PLATFORM_AUDIENCE = "mygov-platform";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private String subject = UUID.randomUUID().toString();
    private String agency;
    private String clientId;
    private List<String> scopes = List.of();
    private List<String> roles = List.of();
    private Instant expiresAt = Instant.now().plus(LIFETIME);
    private String issuer;
    private String audience = PLATFORM_AUDIENCE;
    private String keyThumbprint;
    private String mykadNumber;
    private String jti = UUID.randomUUID().toString();
    private String sessionId;
    /** People sign in; machine clients do not (null). */
    private Integer assurance;

    private TestTokens() {
    }

    /** A machine client acting for an agency (client credentials), e.g. {@code agency("JPN")}. */
    public static TestTokens agency(String agencyCode) {
        TestTokens tokens = new TestTokens();
        tokens.agency = agencyCode;
        tokens.clientId = "client-" + agencyCode.toLowerCase();
        tokens.subject = tokens.clientId;
        return tokens;
    }

    /** A machine client acting for no agency (client credentials), e.g. the exchange broker. */
    public static TestTokens client(String clientId) {
        TestTokens tokens = new TestTokens();
        tokens.clientId = clientId;
        tokens.subject = clientId;
        return tokens;
    }

    /** A person signed in through the SSO, with {@code roles} such as {@code citizen}. */
    public static TestTokens person(String subject, String... roles) {
        TestTokens tokens = new TestTokens();
        tokens.subject = subject;
        tokens.clientId = "demo-portal";
        tokens.roles = Arrays.asList(roles);
        tokens.assurance = 1;
        return tokens;
    }

    /** The level of assurance of the person's sign-in: 2 with a second factor, 3 with a device-bound key. */
    public TestTokens assurance(int level) {
        this.assurance = level;
        return this;
    }

    public TestTokens scopes(String... scopes) {
        this.scopes = Arrays.asList(scopes);
        return this;
    }

    public TestTokens roles(String... roles) {
        this.roles = Arrays.asList(roles);
        return this;
    }

    public TestTokens agencyClaim(String agencyCode) {
        this.agency = agencyCode;
        return this;
    }

    public TestTokens expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /** Signs as another issuer, to prove that foreign tokens are refused. */
    public TestTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    /** Limits the token to another resource (RFC 8707), as identity-service does when asked for one. */
    public TestTokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    /** The person's own MyKad number, as identity-service releases it to clients granted the {@code mykad} scope. */
    public TestTokens mykadNumber(String mykadNumber) {
        this.mykadNumber = mykadNumber;
        return this;
    }

    /** Binds the token to a key (RFC 9449 {@code cnf.jkt}), as identity-service does for a DPoP client. */
    public TestTokens boundToKey(String thumbprint) {
        this.keyThumbprint = thumbprint;
        return this;
    }

    /** The token's id ({@code jti}), as a revocation names it. */
    public TestTokens jti(String jti) {
        this.jti = jti;
        return this;
    }

    /** The person's sign-in session ({@code sid}), as identity-service puts it in a person's tokens. */
    public TestTokens sessionId(String sessionId) {
        this.sessionId = sessionId;
        return this;
    }

    public String token() {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(issuer != null ? issuer : TestIssuer.get().issuer())
                .subject(subject)
                .audience(audience)
                .issuedAt(now.minusSeconds(1))
                .expiresAt(expiresAt)
                .claim("jti", jti)
                .claim("client_id", clientId)
                .claim("scope", String.join(" ", scopes));
        if (agency != null) {
            claims.claim("agency", agency);
        }
        if (!roles.isEmpty()) {
            claims.claim("roles", roles);
        }
        if (mykadNumber != null) {
            claims.claim("mykad_number", mykadNumber);
        }
        if (sessionId != null) {
            claims.claim("sid", sessionId);
        }
        if (keyThumbprint != null) {
            claims.claim("cnf", Map.of("jkt", keyThumbprint));
        }
        if (assurance != null) {
            claims.claim("acr", "urn:mygov:loa:" + assurance)
                    .claim("amr", assurance == 1 ? List.of("pwd") : assurance == 2 ? List.of("pwd", "otp") : List.of("hwk"))
                    .claim("auth_time", now.minusSeconds(2).getEpochSecond());
        }
        return claims.jws().keyId(TestIssuer.KEY_ID).header("typ", "JWT").sign(TestIssuer.get().keys().getPrivate());
    }
}
