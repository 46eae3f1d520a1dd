package my.gov.platform.identity.discovery;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.identity.config.IdentityConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OpenID Connect Discovery 1.0 metadata: how relying parties and resource servers find everything else. */
@Path("/.well-known/openid-configuration")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
public class DiscoveryResource {
    private final Map<String, Object> metadata;

    DiscoveryResource(IdentityConfig config) {
        this.metadata = metadata(config);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get the OpenID Provider metadata")
    @APIResponse(responseCode = "200", description = "Provider metadata (OpenID Connect Discovery 1.0, RFC 8414)")
    public Map<String, Object> configuration() {
        return metadata;
    }

    static Map<String, Object> metadata(IdentityConfig config) {
        List<String> authMethods = List.of("client_secret_basic", "client_secret_post", "private_key_jwt");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", config.issuer());
        m.put("authorization_endpoint", config.endpoint("/oauth2/authorize"));
        m.put("token_endpoint", config.endpoint("/oauth2/token"));
        m.put("userinfo_endpoint", config.endpoint("/userinfo"));
        m.put("jwks_uri", config.endpoint("/jwks"));
        m.put("introspection_endpoint", config.endpoint("/oauth2/introspect"));
        m.put("revocation_endpoint", config.endpoint("/oauth2/revoke"));
        m.put("end_session_endpoint", config.endpoint("/logout"));
        m.put("pushed_authorization_request_endpoint", config.endpoint("/oauth2/par"));
        m.put("require_pushed_authorization_requests", false);
        m.put("backchannel_logout_supported", true);
        m.put("backchannel_logout_session_supported", true);
        m.put("dpop_signing_alg_values_supported", List.of("ES256", "RS256", "PS256"));
        m.put("scopes_supported", List.of("openid", "profile", "email", "phone", "mykad",
                "payments.read", "payments.write", "trustmarks.certify", "exchange.query", "exchange.provide",
                "exchange.admin", "catalogue.write", "catalogue.admin", "identity.admin", "registry.read"));
        m.put("response_types_supported", List.of("code"));
        m.put("response_modes_supported", List.of("query"));
        m.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        m.put("subject_types_supported", List.of("public"));
        m.put("id_token_signing_alg_values_supported", List.of("RS256", "ES256"));
        m.put("token_endpoint_auth_methods_supported", authMethods);
        m.put("token_endpoint_auth_signing_alg_values_supported", List.of("ES256"));
        m.put("introspection_endpoint_auth_methods_supported", authMethods);
        m.put("introspection_endpoint_auth_signing_alg_values_supported", List.of("ES256"));
        m.put("revocation_endpoint_auth_methods_supported", authMethods);
        m.put("revocation_endpoint_auth_signing_alg_values_supported", List.of("ES256"));
        m.put("code_challenge_methods_supported", List.of("S256"));
        m.put("authorization_response_iss_parameter_supported", true);
        m.put("prompt_values_supported", List.of("none", "login", "consent"));
        m.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "acr", "amr", "azp", "sid",
                "name", "email", "email_verified", "phone_number", "phone_number_verified", "mykad_number",
                "agency", "roles"));
        m.put("acr_values_supported", List.of("urn:mygov:loa:1", "urn:mygov:loa:2", "urn:mygov:loa:3"));
        m.put("claims_parameter_supported", false);
        m.put("request_parameter_supported", false);
        m.put("request_uri_parameter_supported", false);
        m.put("ui_locales_supported", List.of("ms", "en"));
        m.put("service_documentation", config.endpoint("/q/swagger-ui"));
        return java.util.Collections.unmodifiableMap(m);
    }
}
