package my.gov.platform.identity.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.outbound.OutboundPolicy;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.problems.IdentityProblem;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registers and looks up clients; a registration is announced as {@code my.gov.client.registered}. */
@ApplicationScoped
public class ClientRegistry {
    private final Outbox outbox;
    private final Event<ClientRegistryChanged> changes;

    private final OutboundPolicy outbound;
    private final SecretLockout secretLockout;

    ClientRegistry(Outbox outbox, Event<ClientRegistryChanged> changes, OutboundPolicy outbound, SecretLockout secretLockout) {
        this.outbox = outbox;
        this.changes = changes;
        this.outbound = outbound;
        this.secretLockout = secretLockout;
    }

    /** Registers with a generated secret (for secret-based methods); the view carries it once. */
    @Transactional
    public ClientView registerWithNewSecret(RegisterClientRequest request, ClientAdministration administration) {
        if (!administration.covers(request.agency())) {
            throw ProblemException.forbidden("An agency administrator registers clients of their own agency ("
                    + administration.agency().orElseThrow() + ") only");
        }
        String secret = request.authMethod().usesSecret() ? OpaqueTokens.generate() : null;
        return ClientView.of(register(request, secret), secret);
    }

    /** Registers with a given secret: for demo data and tests, whose secrets are known in advance. */
    @Transactional
    public OAuthClient register(RegisterClientRequest request, String secret) {
        List<String> redirectUris = request.redirectUris() == null ? List.of() : List.copyOf(request.redirectUris());
        String jwks = request.jwks() == null || request.jwks().isNull() ? null : request.jwks().toString();
        ClientMetadataRules.check(request.authMethod(), request.grantTypes(), redirectUris, jwks, request.jwksUri())
                .or(() -> request.backchannelLogoutUri() == null ? java.util.Optional.empty()
                        : ClientMetadataRules.checkRedirectUri(request.backchannelLogoutUri()))
                .ifPresent(rule -> {
                    throw new ProblemException(IdentityProblem.INVALID_CLIENT_METADATA, rule);
                });
        if (request.jwksUri() != null) {
            outbound.requireAcceptable("jwksUri", request.jwksUri());
        }
        if (request.backchannelLogoutUri() != null) {
            outbound.requireAcceptable("backchannelLogoutUri", request.backchannelLogoutUri());
        }
        if (OAuthClient.count("clientId", request.clientId()) > 0) {
            throw new ProblemException(IdentityProblem.CLIENT_ID_TAKEN, "Client id " + request.clientId() + " is already registered");
        }
        OAuthClient client = new OAuthClient();
        client.id = Ids.newId();
        client.clientId = request.clientId();
        client.name = request.name();
        client.agency = request.agency();
        client.authMethod = request.authMethod();
        client.secretHash = secret == null ? null : OpaqueTokens.digest(secret);
        client.jwks = jwks;
        client.jwksUri = request.jwksUri();
        client.redirectUris = redirectUris;
        client.grantTypes = request.grantTypes().stream().distinct().map(GrantType::oauthName).toList();
        client.scopes = request.scopes().stream().distinct().toList();
        client.resources = request.resources() == null ? List.of() : request.resources().stream().distinct().toList();
        client.serviceId = request.serviceId();
        client.requirePar = Boolean.TRUE.equals(request.requirePushedAuthorizationRequests());
        client.backchannelLogoutUri = request.backchannelLogoutUri();
        client.status = ClientStatus.ACTIVE;
        client.createdAt = Instant.now();
        client.persist();
        changes.fire(new ClientRegistryChanged(client.clientId));
        outbox.publish("my.gov.client.registered", client.id, client.agency, eventData(client));
        return client;
    }

    /**
     * Disables a client: it can no longer authenticate, and its access tokens stop being active at
     * once on this instance (other instances within about a second: the {@code clients} data set).
     */
    @Transactional
    public ClientView disable(UUID id, ClientAdministration administration) {
        OAuthClient client = OAuthClient.findById(id);
        if (client == null || !administration.covers(client.agency)) {
            throw ProblemException.notFound("client", id);
        }
        if (client.status == ClientStatus.DISABLED) {
            throw ProblemException.conflict("Client " + client.clientId + " is already disabled");
        }
        client.status = ClientStatus.DISABLED;
        changes.fire(new ClientRegistryChanged(client.clientId));
        return ClientView.of(client, null);
    }

    /** Another agency's client is "not found" to an agency administrator. With the wrong secrets it was sent. */
    public ClientView get(UUID id, ClientAdministration administration) {
        OAuthClient client = OAuthClient.findById(id);
        if (client == null || !administration.covers(client.agency)) {
            throw ProblemException.notFound("client", id);
        }
        return ClientView.of(client, null).withSecretLockout(secretLockout.summary(client.clientId));
    }

    public Page<ClientView> list(PageRequest page, ClientAdministration administration) {
        UUID after = page.after() == null ? new UUID(0L, 0L) : page.after();
        List<OAuthClient> rows = administration.agency()
                .map(agency -> OAuthClient.<OAuthClient>find("id > ?1 and agency = ?2 order by id", after, agency))
                .orElseGet(() -> OAuthClient.find("id > ?1 order by id", after))
                .range(0, page.limit).list();
        return Page.of(rows, page.limit, c -> ClientView.of(c, null), c -> PageRequest.cursorOf(c.id));
    }

    private static Map<String, Object> eventData(OAuthClient client) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", client.id);
        data.put("clientId", client.clientId);
        data.put("name", client.name);
        if (client.agency != null) {
            data.put("agency", client.agency);
        }
        data.put("authMethod", client.authMethod.name());
        data.put("grantTypes", client.grantTypes.stream().map(g -> GrantType.fromOAuthName(g).orElseThrow().name()).toList());
        data.put("scopes", client.scopes);
        if (!client.resources.isEmpty()) {
            data.put("resources", client.resources);
        }
        if (client.serviceId != null) {
            data.put("serviceId", client.serviceId);
        }
        return data;
    }
}
