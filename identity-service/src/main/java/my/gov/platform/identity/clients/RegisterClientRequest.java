package my.gov.platform.identity.clients;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RegisterClientRequest", description = "A client to register with the provider")
public record RegisterClientRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,99}", message = "must be 3-100 lower-case letters, digits or hyphens")
        @Schema(examples = "jpj-road-tax") String clientId,
        @NotBlank @Size(max = 200) @Schema(examples = "JPJ road tax renewal") String name,
        @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "must be an agency code such as JPJ")
        @Schema(examples = "JPJ") String agency,
        @NotNull @Schema(examples = "PRIVATE_KEY_JWT") ClientAuthMethod authMethod,
        @NotEmpty @Size(max = 10) @Schema(examples = "[\"CLIENT_CREDENTIALS\"]") List<@NotNull GrantType> grantTypes,
        @NotNull @Size(max = 50)
        @Schema(examples = "[\"payments.write\", \"exchange.query\"]")
        List<@NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9.\\-]{2,60}", message = "must be a scope name such as payments.write") String> scopes,
        @Size(max = 20) @Schema(examples = "[\"https://portal.jpj.gov.my/callback\"]") List<@NotBlank @Size(max = 2000) String> redirectUris,
        @Schema(description = "JWK set with the client's public keys (private_key_jwt, ES256)",
                examples = "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"jpj-1\",\"x\":\"...\",\"y\":\"...\"}]}")
        JsonNode jwks,
        @Size(max = 100) @Schema(examples = "JPJ-CUKAI-JALAN-PEMBAHARUAN") String serviceId,
        @Schema(description = "Require pushed authorization requests (RFC 9126)", examples = "false")
        Boolean requirePushedAuthorizationRequests,
        @Schema(description = "OIDC Back-Channel Logout endpoint of the client", examples = "https://portal.jpj.gov.my/backchannel-logout")
        @Size(max = 2000) String backchannelLogoutUri,
        @Size(max = 2000)
        @Schema(description = "private_key_jwt: where the client publishes its JWK set (instead of jwks); fetched again when an assertion names an unknown key, so keys rotate without re-registering",
                examples = "https://portal.jpj.gov.my/.well-known/jwks.json")
        String jwksUri,
        @Size(max = 20)
        @Schema(description = "Resource indicators (RFC 8707) the client may ask client_credentials tokens for with the token endpoint's "
                + "resource parameter: absolute URIs without a fragment; one ending in * allows every resource that starts with the rest. "
                + "Such a token's aud is the resource alone. Omitted: none",
                examples = "[\"urn:mygov:agency:*\"]")
        List<@NotBlank @Size(max = 2000) @AllowedResource String> resources) {

    public RegisterClientRequest(String clientId, String name, String agency, ClientAuthMethod authMethod,
                                 List<GrantType> grantTypes, List<String> scopes, List<String> redirectUris, JsonNode jwks,
                                 String serviceId) {
        this(clientId, name, agency, authMethod, grantTypes, scopes, redirectUris, jwks, serviceId, null, null, null, null);
    }

    public RegisterClientRequest(String clientId, String name, String agency, ClientAuthMethod authMethod,
                                 List<GrantType> grantTypes, List<String> scopes, List<String> redirectUris, JsonNode jwks,
                                 String serviceId, Boolean requirePushedAuthorizationRequests, String backchannelLogoutUri) {
        this(clientId, name, agency, authMethod, grantTypes, scopes, redirectUris, jwks, serviceId,
                requirePushedAuthorizationRequests, backchannelLogoutUri, null, null);
    }
}
