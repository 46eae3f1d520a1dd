package my.gov.platform.identity.authorize;

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
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.dpop.DpopProofs;
import my.gov.platform.identity.oauth.ClientAuthenticator;
import my.gov.platform.identity.oauth.OAuthError;
import my.gov.platform.identity.oauth.OAuthErrorResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.Map;

/** Pushed authorization request endpoint (RFC 9126). */
@Path("/oauth2/par")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
@RateLimited(OperationClass.TOKEN)
public class PushedAuthorizationResource {
    static final String PATH = "/oauth2/par";

    private final ClientAuthenticator authenticator;
    private final PushedRequests pushed;
    private final DpopProofs dpopProofs;

    PushedAuthorizationResource(ClientAuthenticator authenticator, PushedRequests pushed, DpopProofs dpopProofs) {
        this.authenticator = authenticator;
        this.pushed = pushed;
        this.dpopProofs = dpopProofs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push an authorization request", description = "The client authenticates as at the token endpoint and gets a one-time request_uri valid for 60 seconds. With a DPoP header (or a dpop_jkt parameter) the authorization code is bound to that key (RFC 9449 §10).")
    @APIResponse(responseCode = "201", description = "{\"request_uri\": \"urn:ietf:params:oauth:request_uri:...\", \"expires_in\": 60}")
    @APIResponse(responseCode = "400", description = "OAuth error invalid_request or unauthorized_client",
            content = @Content(schema = @Schema(implementation = OAuthErrorResponse.class)))
    @APIResponse(responseCode = "401", description = "OAuth error invalid_client",
            content = @Content(schema = @Schema(implementation = OAuthErrorResponse.class)))
    public Response push(MultivaluedMap<String, String> form, @HeaderParam("Authorization") String authorization,
                         @HeaderParam("DPoP") String dpop) {
        OAuthClient client = authenticator.authenticate(authorization, form, PATH);
        if (!client.allowsGrant(GrantType.AUTHORIZATION_CODE.oauthName())) {
            throw OAuthError.unauthorizedClient("The client may not use the authorization code grant");
        }
        Map<String, String> params = new HashMap<>();
        form.forEach((name, values) -> {
            if (values.size() > 1) {
                throw OAuthError.invalidRequest("Parameter " + name + " is repeated");
            }
            params.put(name, values.get(0));
        });
        if (dpop != null) {
            // RFC 9449 §10.1: a proof sent with the pushed request binds the code to its key.
            String jkt = dpopProofs.check(dpop, "POST", PATH, null)
                    .orElseThrow(() -> OAuthError.invalidDpopProof("The DPoP proof is invalid, replayed or not for this request"));
            if (params.containsKey("dpop_jkt") && !params.get("dpop_jkt").equals(jkt)) {
                throw OAuthError.invalidDpopProof("dpop_jkt does not name the key of the DPoP proof");
            }
            params.put("dpop_jkt", jkt);
        }
        String requestUri = pushed.push(client, params);
        return Response.status(201).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .entity(Map.of("request_uri", requestUri, "expires_in", PushedRequests.VALIDITY.toSeconds())).build();
    }
}
