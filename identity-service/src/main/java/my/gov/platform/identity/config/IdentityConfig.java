package my.gov.platform.identity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import my.gov.platform.identity.crypto.SigningAlgorithm;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the OpenID Provider, under {@code mygov.identity.*}. */
@ConfigMapping(prefix = "mygov.identity")
public interface IdentityConfig {
    /** The issuer identifier: every token's {@code iss} and the base of every endpoint URL. */
    @WithDefault("http://localhost:8081")
    String issuer();

    /** How long an access token is valid. Retired signing keys stay published at least this long. */
    @WithDefault("PT5M")
    Duration accessTokenLifetime();

    /** The {@code aud} of access tokens for the platform's resource servers. */
    @WithDefault("mygov-platform")
    String accessTokenAudience();

    /** Tolerated clock difference when checking {@code exp}/{@code iat} of client assertions. */
    @WithDefault("PT30S")
    Duration clockSkew();

    /**
     * How long clients and account statuses are kept in memory: a change made on this instance
     * takes effect at once, a change made by another instance within this time.
     */
    @WithDefault("PT10S")
    Duration memoryTimeToLive();


    /** The algorithm of access tokens (RS256 or ES256; both keys are always published in the JWKS). */
    @WithDefault("ES256")
    SigningAlgorithm accessTokenSigningAlgorithm();

    /** Print one-time verification codes to the log (local run only, never in production). */
    @WithDefault("false")
    boolean logCodes();

    /** E-mail domains (and their subdomains) that civil servants may register with. */
    @WithDefault("gov.my")
    List<String> officialEmailDomains();

    /** private_key_jwt clients with a {@code jwksUri}: the shortest time between two fetches of their keys. */
    @WithName("jwks-uri.min-refresh")
    @WithDefault("PT30S")
    Duration jwksUriMinRefresh();

    /** DPoP proofs must carry the server's current nonce (RFC 9449 §8). */
    @WithName("dpop.nonce-required")
    @WithDefault("true")
    boolean dpopNonceRequired();

    /** How long a refresh token (and so a grant without new sign-in) lasts. */
    @WithDefault("PT12H")
    Duration refreshTokenLifetime();

    /** A single sign-on session ends after this long without use. */
    @WithName("session.idle-timeout")
    @WithDefault("PT30M")
    Duration sessionIdleTimeout();

    /** A single sign-on session ends this long after sign-in, used or not. */
    @WithName("session.absolute-timeout")
    @WithDefault("PT12H")
    Duration sessionAbsoluteTimeout();

    /** Sign-ups processed at once; further ones wait in the admission queue. Default: the Argon2id permits. */
    @WithName("signup.max-concurrent")
    Optional<Integer> signupMaxConcurrent();

    /** Sign-ups that may wait in the queue (all replicas together); further newcomers are answered 503 with Retry-After. */
    @WithName("signup.max-waiting")
    @WithDefault("1000")
    int signupMaxWaiting();

    /** A queued ticket whose holder has not asked for this long is dropped, as for a closed browser. */
    @WithName("signup.abandon-after")
    @WithDefault("PT30S")
    Duration signupAbandonAfter();

    /** Argon2id computations at once. Default: as many as the heap holds ({@code PasswordWorkSizing}). */
    @WithName("password-work.max-concurrent")
    Optional<Integer> passwordWorkMaxConcurrent();

    /** How long a request waits for an Argon2id permit before it is answered 503 with Retry-After. */
    @WithName("password-work.max-wait")
    @WithDefault("PT2S")
    Duration passwordWorkMaxWait();

    default String endpoint(String path) {
        String base = issuer().endsWith("/") ? issuer().substring(0, issuer().length() - 1) : issuer();
        return base + path;
    }
}
