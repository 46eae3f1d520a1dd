package my.gov.platform.identity.authorize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.identity.clients.ClientStatus;
import my.gov.platform.identity.clients.FirstPartyClients;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.commons.security.assurance.LevelOfAssurance;
import my.gov.platform.identity.signin.SessionPolicy;
import my.gov.platform.identity.signin.UserSession;

import java.time.Duration;
import java.time.Instant;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The authorization endpoint's rules (OIDC Core §3.1.2): exact redirect URI matching, PKCE with
 * S256 (required for every client, {@code plain} refused), {@code prompt}, {@code max_age},
 * {@code acr_values} (a session below the level asked for must step up),
 * remembered consent, one-time codes valid for a minute.
 */
@ApplicationScoped
public class AuthorizationService {
    private static final Pattern JWK_THUMBPRINT = Pattern.compile("[A-Za-z0-9_-]{43}");
    static final Duration REQUEST_VALIDITY = Duration.ofMinutes(15);
    static final Duration CODE_VALIDITY = Duration.ofSeconds(60);

    private final IdentityConfig config;
    private final Outbox outbox;
    private final PushedRequests pushed;

    AuthorizationService(IdentityConfig config, Outbox outbox, PushedRequests pushed) {
        this.config = config;
        this.outbox = outbox;
        this.pushed = pushed;
    }

    /** Validates a request from the browser holding {@code browserBinding} (see {@link BrowserBinding}) and decides its first step. */
    @Transactional
    public AuthorizeOutcome start(Map<String, String> query, Optional<UserSession> session, String browserBinding) {
        String clientId = query.get("client_id");
        Optional<OAuthClient> found = clientId == null ? Optional.empty() : OAuthClient.byClientId(clientId)
                .filter(c -> c.status == ClientStatus.ACTIVE);
        if (found.isEmpty()) {
            return new AuthorizeOutcome.ErrorPage("unknown_client");
        }
        OAuthClient client = found.get();
        Map<String, String> params = query;
        if (query.get("request_uri") != null) {
            Optional<Map<String, String>> pushedParams = pushed.redeem(query.get("request_uri"), clientId);
            if (pushedParams.isEmpty()) {
                return new AuthorizeOutcome.ErrorPage("invalid_request_uri");
            }
            params = pushedParams.get();
        } else if (client.requirePar) {
            return new AuthorizeOutcome.ErrorPage("par_required");
        }
        String redirectUri = params.get("redirect_uri");
        if (redirectUri == null || !client.redirectUris.contains(redirectUri)) {
            return new AuthorizeOutcome.ErrorPage("redirect_uri_mismatch");
        }
        String state = params.get("state");
        if (!"code".equals(params.get("response_type"))) {
            return error(redirectUri, state, "unsupported_response_type", "Only response_type=code is supported");
        }
        if (!client.allowsGrant(GrantType.AUTHORIZATION_CODE.oauthName())) {
            return error(redirectUri, state, "unauthorized_client", "The client may not use the authorization code grant");
        }
        String challenge = params.get("code_challenge");
        Optional<String> pkceRefusal = Pkce.refusal(challenge, params.get("code_challenge_method"));
        if (pkceRefusal.isPresent()) {
            return error(redirectUri, state, "invalid_request", pkceRefusal.get());
        }
        String dpopJkt = params.get("dpop_jkt");
        if (dpopJkt != null && !JWK_THUMBPRINT.matcher(dpopJkt).matches()) {
            return error(redirectUri, state, "invalid_request", "dpop_jkt must be a base64url SHA-256 JWK thumbprint");
        }
        Set<String> scopes = ScopePolicy.parse(params.get("scope"));
        List<String> refused = ScopePolicy.refused(scopes, client.scopes);
        if (scopes.isEmpty() || !refused.isEmpty()) {
            return error(redirectUri, state, "invalid_scope", "Scopes not allowed: " + String.join(" ", refused));
        }
        Integer maxAge;
        try {
            maxAge = params.get("max_age") == null ? null : Integer.valueOf(params.get("max_age"));
        } catch (NumberFormatException e) {
            return error(redirectUri, state, "invalid_request", "max_age must be a number of seconds");
        }
        AuthorizationRequest request = new AuthorizationRequest();
        request.id = Ids.newId();
        request.clientId = client.clientId;
        request.redirectUri = redirectUri;
        request.scope = String.join(" ", scopes);
        request.state = state;
        request.nonce = params.get("nonce");
        request.codeChallenge = challenge;
        request.dpopJkt = dpopJkt;
        request.maxAge = maxAge;
        request.loginHint = params.get("login_hint");
        request.prompt = params.get("prompt");
        request.acrValues = params.get("acr_values");
        request.csrfToken = OpaqueTokens.generate();
        request.browserBinding = BrowserBinding.digest(browserBinding);
        request.expiresAt = Instant.now().plus(REQUEST_VALIDITY);
        request.persist();
        return decide(request, session);
    }

    /** Decides the next step for a pending request given the browser's session (if any). */
    @Transactional
    public AuthorizeOutcome proceed(UUID requestId, Optional<UserSession> session) {
        return find(requestId).map(request -> decide(request, session))
                .orElseGet(() -> new AuthorizeOutcome.ErrorPage("request_expired"));
    }

    private AuthorizeOutcome decide(AuthorizationRequest request, Optional<UserSession> session) {
        Set<String> prompt = ScopePolicy.parse(request.prompt);
        Instant now = Instant.now();
        boolean signedIn = session.isPresent() && SessionPolicy.recentEnough(session.get(), request.maxAge, now)
                && LevelOfAssurance.level(session.get().acr) >= LevelOfAssurance.required(request.acrValues)
                && !(prompt.contains("login") && session.get().authTime.isBefore(request.expiresAt.minus(REQUEST_VALIDITY)));
        if (!signedIn) {
            return prompt.contains("none")
                    ? error(request.redirectUri, request.state, "login_required", "The person is not signed in")
                    : new AuthorizeOutcome.SignIn(request.id);
        }
        if (prompt.contains("consent") || !consented(session.get().accountId, request)) {
            return prompt.contains("none")
                    ? error(request.redirectUri, request.state, "consent_required", "Consent is needed")
                    : new AuthorizeOutcome.ConsentNeeded(request.id);
        }
        return issueCode(request, session.get());
    }

    @Transactional
    public AuthorizeOutcome consent(UUID requestId, UserSession session, boolean allowed) {
        Optional<AuthorizationRequest> pending = find(requestId);
        if (pending.isEmpty()) {
            return new AuthorizeOutcome.ErrorPage("request_expired");
        }
        AuthorizationRequest request = pending.get();
        if (!allowed) {
            request.delete();
            return error(request.redirectUri, request.state, "access_denied", "The person declined");
        }
        Consent.Key key = new Consent.Key(session.accountId, request.clientId);
        Consent consent = Consent.findById(key);
        List<String> merged = new ArrayList<>(consent == null ? List.of() : consent.scopes);
        ScopePolicy.parse(request.scope).stream().filter(s -> !merged.contains(s)).forEach(merged::add);
        if (consent == null) {
            consent = new Consent();
            consent.key = key;
        }
        consent.scopes = merged;
        consent.grantedAt = Instant.now();
        consent.persist();
        outbox.publish("my.gov.consent.granted", session.accountId, null, Map.of(
                "accountId", session.accountId, "clientId", request.clientId, "scopes", merged));
        return issueCode(request, session);
    }

    /** The password was right; the second factor is due before a session exists. */
    @Transactional
    public void passwordVerified(UUID requestId, UUID accountId) {
        find(requestId).ifPresent(request -> request.passwordVerifiedAccount = accountId);
    }

    /** Ends the request with an OAuth error sent back to the client. */
    @Transactional
    public AuthorizeOutcome fail(UUID requestId, String error, String description) {
        return find(requestId).map(request -> {
            request.delete();
            return error(request.redirectUri, request.state, error, description);
        }).orElseGet(() -> new AuthorizeOutcome.ErrorPage("request_expired"));
    }

    /** A pending, unexpired request, for showing its page. */
    public Optional<AuthorizationRequest> find(UUID id) {
        return Optional.ofNullable(AuthorizationRequest.<AuthorizationRequest>findById(id))
                .filter(r -> r.expiresAt.isAfter(Instant.now()));
    }

    /** A pending, unexpired request, when the form carries its CSRF token and comes from the browser that started it. */
    public Optional<AuthorizationRequest> pending(UUID id, String csrfToken, String browserCookie) {
        return find(id).filter(r -> csrfToken != null && MessageDigest.isEqual(csrfToken.getBytes(StandardCharsets.UTF_8),
                        r.csrfToken.getBytes(StandardCharsets.UTF_8)))
                .filter(r -> BrowserBinding.matches(browserCookie, r.browserBinding));
    }

    private static boolean consented(UUID accountId, AuthorizationRequest request) {
        if (FirstPartyClients.isFirstParty(request.clientId)) {
            return true;
        }
        Consent consent = Consent.findById(new Consent.Key(accountId, request.clientId));
        return consent != null && consent.scopes.containsAll(ScopePolicy.parse(request.scope));
    }

    private AuthorizeOutcome issueCode(AuthorizationRequest request, UserSession session) {
        String code = OpaqueTokens.generate();
        AuthorizationCode row = new AuthorizationCode();
        row.codeHash = OpaqueTokens.digest(code);
        row.familyId = Ids.newId();
        row.clientId = request.clientId;
        row.accountId = session.accountId;
        row.sessionId = session.id;
        row.redirectUri = request.redirectUri;
        row.scope = request.scope;
        row.nonce = request.nonce;
        row.codeChallenge = request.codeChallenge;
        row.dpopJkt = request.dpopJkt;
        row.authTime = session.authTime;
        row.acr = session.acr;
        row.amr = session.amr;
        row.expiresAt = Instant.now().plus(CODE_VALIDITY);
        row.persist();
        request.delete();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("state", request.state);
        params.put("iss", config.issuer());
        return new AuthorizeOutcome.Redirect(RedirectUris.with(request.redirectUri, params));
    }

    private AuthorizeOutcome error(String redirectUri, String state, String error, String description) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error);
        params.put("error_description", description);
        params.put("state", state);
        params.put("iss", config.issuer());
        return new AuthorizeOutcome.Redirect(RedirectUris.with(redirectUri, params));
    }
}
