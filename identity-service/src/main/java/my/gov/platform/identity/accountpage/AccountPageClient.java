package my.gov.platform.identity.accountpage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.UriBuilder;
import my.gov.platform.commons.web.FormCsrf;
import my.gov.platform.identity.authorize.Pkce;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.FirstPartyClients;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.commons.web.PageLanguage;

import java.net.URI;
import java.util.List;

/**
 * The account page and the civil-servant approvals page sign people in like any relying party, through the
 * authorization endpoint, as this built-in public client; its redirect URIs (one a page) follow the issuer. The
 * pages ride on the single sign-on session that sign-in leaves; the code sent back is not redeemed.
 */
@ApplicationScoped
public class AccountPageClient {
    public static final String CLIENT_ID = FirstPartyClients.ACCOUNT_PAGE;
    public static final String APPROVALS_PATH = "/civil-servants/approvals";

    private final ClientRegistry registry;
    private final IdentityConfig config;
    private final List<String> redirectUris;

    AccountPageClient(ClientRegistry registry, IdentityConfig config) {
        this.registry = registry;
        this.config = config;
        this.redirectUris = List.of(config.endpoint(AccountPage.PATH), config.endpoint(APPROVALS_PATH));
    }

    /**
     * The authorization request that signs the person in and comes back to the page at {@code path}, at the level
     * of assurance {@code acrValues} asks (none: any). PKCE and state are random, since the code is never redeemed.
     */
    public URI signIn(String path, PageLanguage language, String acrValues) {
        UriBuilder uri = UriBuilder.fromPath("/oauth2/authorize").queryParam("response_type", "code")
                .queryParam("client_id", CLIENT_ID).queryParam("redirect_uri", config.endpoint(path))
                .queryParam("scope", "openid").queryParam("state", FormCsrf.newToken())
                .queryParam("code_challenge", Pkce.s256(FormCsrf.newToken() + FormCsrf.newToken()))
                .queryParam("code_challenge_method", "S256").queryParam("ui_locales", language.code());
        return acrValues == null ? uri.build() : uri.queryParam("acr_values", acrValues).build();
    }

    void register(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> OAuthClient.byClientId(CLIENT_ID).ifPresentOrElse(
                client -> client.redirectUris = redirectUris,
                () -> registry.register(new RegisterClientRequest(CLIENT_ID, "MyGov ID", null, ClientAuthMethod.NONE,
                        List.of(GrantType.AUTHORIZATION_CODE), List.of(), redirectUris, null, null), null)));
    }
}
