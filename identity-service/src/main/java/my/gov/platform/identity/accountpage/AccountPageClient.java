package my.gov.platform.identity.accountpage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.config.IdentityConfig;

import java.util.List;

/**
 * The account page signs people in like any relying party, through the authorization endpoint, as
 * this built-in public client; its redirect URI follows the issuer.
 */
@ApplicationScoped
public class AccountPageClient {
    public static final String CLIENT_ID = "mygov-account";

    private final ClientRegistry registry;
    private final String redirectUri;

    AccountPageClient(ClientRegistry registry, IdentityConfig config) {
        this.registry = registry;
        this.redirectUri = config.endpoint(AccountPage.PATH);
    }

    public String redirectUri() {
        return redirectUri;
    }

    void register(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> OAuthClient.byClientId(CLIENT_ID).ifPresentOrElse(
                client -> client.redirectUris = List.of(redirectUri),
                () -> registry.register(new RegisterClientRequest(CLIENT_ID, "MyGov ID", null, ClientAuthMethod.NONE,
                        List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(redirectUri), null, null), null)));
    }
}
