package my.gov.platform.identity.authorize;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import my.gov.platform.commons.outbound.OutboundHttp;
import my.gov.platform.commons.outbound.OutboundRequest;
import my.gov.platform.identity.accounts.AccountDeactivated;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.crypto.SigningAlgorithm;
import my.gov.platform.identity.oauth.TokenSigner;
import my.gov.platform.identity.signin.UserSession;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * OIDC Back-Channel Logout 1.0: when a session ends (logout or deactivation), every client that
 * received a code in it and registered a back-channel URI gets a signed logout token. Delivery is
 * best effort, once, without retries.
 */
@ApplicationScoped
public class BackChannelLogout {
    private static final Logger LOG = Logger.getLogger(BackChannelLogout.class);
    static final JOSEObjectType LOGOUT_TOKEN_TYPE = new JOSEObjectType("logout+jwt");
    private static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    /** The client's answer is not used; a larger one is not read. */
    private static final int MAX_ANSWER_BYTES = 16 * 1024;

    private final TokenSigner signer;
    private final IdentityConfig config;
    private final OutboundHttp http;

    BackChannelLogout(TokenSigner signer, IdentityConfig config, OutboundHttp http) {
        this.signer = signer;
        this.config = config;
        this.http = http;
    }

    /** After a session has ended (its transaction committed). */
    public void sessionEnded(UUID sessionId, UUID accountId) {
        List<OAuthClient> clients = QuarkusTransaction.requiringNew().call(() -> OAuthClient.<OAuthClient>list(
                "backchannelLogoutUri is not null and clientId in "
                        + "(select c.clientId from AuthorizationCode c where c.sessionId = ?1)", sessionId));
        clients.forEach(client -> send(client, sessionId, accountId));
    }

    void accountDeactivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDeactivated deactivated) {
        Instant justNow = Instant.now().minus(Duration.ofMinutes(1));
        List<UUID> sessions = QuarkusTransaction.requiringNew().call(() -> UserSession
                .<UserSession>list("accountId = ?1 and endedAt > ?2", deactivated.accountId(), justNow).stream()
                .map(s -> s.id).toList());
        sessions.forEach(session -> sessionEnded(session, deactivated.accountId()));
    }

    private void send(OAuthClient client, UUID sessionId, UUID accountId) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(config.issuer())
                .audience(client.clientId)
                .subject(accountId.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(2))))
                .jwtID(UUID.randomUUID().toString())
                .claim("sid", sessionId.toString())
                .claim("events", Map.of(EVENT, Map.of()))
                .build();
        String body = "logout_token=" + URLEncoder.encode(signer.sign(claims, SigningAlgorithm.RS256, LOGOUT_TOKEN_TYPE),
                StandardCharsets.UTF_8);
        http.send(OutboundRequest.post(URI.create(client.backchannelLogoutUri), "application/x-www-form-urlencoded", body)
                        .within(Duration.ofSeconds(5)).limitedTo(MAX_ANSWER_BYTES))
                .subscribe().with(response -> {
                    if (response.status() >= 300) {
                        LOG.warnf("Back-channel logout to client %s failed: HTTP %d", client.clientId, response.status());
                    }
                }, failure -> LOG.warnf("Back-channel logout to client %s failed: %s", client.clientId, failure.getMessage()));
    }
}
