package my.gov.platform.identity.oauth;

import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.ResourceIndicators;

import java.util.List;
import java.util.Optional;

/**
 * The {@code resource} parameter of a token request (RFC 8707): the one API the client wants its token
 * limited to, within the resources it is registered for. Such a token's {@code aud} is that resource
 * alone, so a provider that receives it cannot replay it at another provider or at the platform's APIs.
 */
final class ResourceRequest {
    static final String PARAMETER = "resource";

    private ResourceRequest() {
    }

    /** The resource the token is for; empty when none was asked for (the token is then for the platform). */
    static Optional<String> target(GrantType grant, List<String> requested, List<String> allowed) {
        if (requested == null || requested.isEmpty()) {
            return Optional.empty();
        }
        if (grant != GrantType.CLIENT_CREDENTIALS) {
            throw OAuthError.invalidTarget("resource is only supported with the client_credentials grant");
        }
        if (requested.size() > 1) {
            // A token for several resources would be accepted by each of them, which is what resource indicators prevent.
            throw OAuthError.invalidTarget("Ask for one resource per token");
        }
        String resource = requested.get(0) == null ? "" : requested.get(0);
        ResourceIndicators.problemWithRequested(resource).ifPresent(problem -> {
            throw OAuthError.invalidTarget(problem);
        });
        if (!ResourceIndicators.allows(allowed, resource)) {
            throw OAuthError.invalidTarget("The client may not request a token for resource " + resource);
        }
        return Optional.of(resource);
    }
}
