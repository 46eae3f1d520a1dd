package my.gov.platform.identity.oauth;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.OAuthClient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Token introspection (RFC 7662) for authenticated clients, e.g. resource servers. */
@Path("/oauth2/introspect")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
@RateLimited(OperationClass.TOKEN)
public class IntrospectionResource {
    static final String PATH = "/oauth2/introspect";

    private final ClientAuthenticator authenticator;
    private final AccessTokenVerifier verifier;

    IntrospectionResource(ClientAuthenticator authenticator, AccessTokenVerifier verifier) {
        this.authenticator = authenticator;
        this.verifier = verifier;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Introspect a token",
            description = "Says whether an access token is active (valid signature, unexpired, not revoked) and returns its claims, "
                    + "aud included: a token issued for a resource indicator (RFC 8707) is active with that resource as its only aud.")
    @APIResponse(responseCode = "200", description = "Introspection response; {\"active\": false} for any token that is not active")
    @APIResponse(responseCode = "400", description = "OAuth error invalid_request (no token)",
            content = @Content(schema = @Schema(implementation = OAuthErrorResponse.class)))
    @APIResponse(responseCode = "401", description = "OAuth error invalid_client",
            content = @Content(schema = @Schema(implementation = OAuthErrorResponse.class)))
    public Response introspect(MultivaluedMap<String, String> form, @HeaderParam("Authorization") String authorization) {
        OAuthClient caller = authenticator.authenticate(authorization, form, PATH);
        if (caller.authMethod == ClientAuthMethod.NONE) {
            // A public client proves nothing about itself; token metadata is for confidential clients.
            throw OAuthError.invalidClient();
        }
        String token = ClientCredentials.single(form, "token");
        if (token == null) {
            throw OAuthError.invalidRequest("token is required");
        }
        Optional<JWTClaimsSet> claims = verifier.verifyActiveForAnyAudience(token);
        return NoStoreResponse.of(claims.map(IntrospectionResource::active).orElseGet(() -> Map.of("active", false)));
    }

    private static Map<String, Object> active(JWTClaimsSet claims) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("active", true);
        body.put("token_type", "Bearer");
        claims.getClaims().forEach((name, value) -> body.put(name, switch (name) {
            case "exp", "iat", "nbf" -> ((java.util.Date) value).toInstant().getEpochSecond();
            default -> value;
        }));
        return body;
    }
}
