package my.gov.platform.exchange.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The broker's and the "my data" portal's client secrets and the portal's state secret have no
 * default in source: naming them here as required settings makes Quarkus refuse to start, listing
 * each one unset, instead of a sign-in or provider call failing later.
 */
@Startup
@ApplicationScoped
class RequiredClientSecrets {
    RequiredClientSecrets(@ConfigProperty(name = "quarkus.oidc-client.credentials.secret") String brokerSecret,
                          @ConfigProperty(name = "quarkus.oidc.citizen-web.credentials.secret") String portalSecret,
                          @ConfigProperty(name = "quarkus.oidc.citizen-web.authentication.state-secret") String stateSecret) {
        // Nothing to keep: quarkus-oidc reads them; asking for them is what makes them required.
    }
}
