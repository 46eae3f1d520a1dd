package my.gov.platform.identity.clients;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Client", description = "A registered client; never includes its secret")
public record ClientView(
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID id,
        @Schema(examples = "jpj-road-tax") String clientId,
        @Schema(examples = "JPJ road tax renewal") String name,
        @Schema(examples = "JPJ") String agency,
        @Schema(examples = "PRIVATE_KEY_JWT") ClientAuthMethod authMethod,
        @Schema(examples = "[\"CLIENT_CREDENTIALS\"]") List<GrantType> grantTypes,
        @Schema(examples = "[\"payments.write\"]") List<String> scopes,
        @Schema(examples = "[\"https://portal.jpj.gov.my/callback\"]") List<String> redirectUris,
        @Schema(examples = "JPJ-CUKAI-JALAN-PEMBAHARUAN") String serviceId,
        @Schema(examples = "false") boolean requirePushedAuthorizationRequests,
        @Schema(description = "Where a private_key_jwt client publishes its keys, if it does", examples = "https://portal.jpj.gov.my/.well-known/jwks.json")
        String jwksUri,
        @Schema(description = "Resource indicators (RFC 8707) the client may ask tokens for; a trailing * is a prefix match",
                examples = "[\"urn:mygov:agency:*\"]") List<String> resources,
        @Schema(examples = "ACTIVE") ClientStatus status,
        @Schema(examples = "2026-11-25T13:00:00Z") Instant createdAt,
        @Schema(description = "Shown once, in the response to the registration; store it safely",
                examples = "q3Jx0v7oJb1o8m2kKQvJc4m0kR2d3GZb2m0r1m7o1kQ") String clientSecret,
        @Schema(description = "Wrong secrets and the addresses held back for them; only when one client is read")
        SecretLockoutView secretLockout) {

    static ClientView of(OAuthClient c, String secretShownOnce) {
        return new ClientView(c.id, c.clientId, c.name, c.agency, c.authMethod,
                c.grantTypes.stream().map(g -> GrantType.fromOAuthName(g).orElseThrow()).toList(),
                List.copyOf(c.scopes), List.copyOf(c.redirectUris), c.serviceId, c.requirePar, c.jwksUri,
                List.copyOf(c.resources), c.status, c.createdAt, secretShownOnce, null);
    }

    ClientView withSecretLockout(SecretLockoutView lockout) {
        return new ClientView(id, clientId, name, agency, authMethod, grantTypes, scopes, redirectUris, serviceId,
                requirePushedAuthorizationRequests, jwksUri, resources, status, createdAt, clientSecret, lockout);
    }
}
