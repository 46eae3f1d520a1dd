package my.gov.platform.identity.oauth;

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
import my.gov.platform.identity.dpop.DpopProofs;
import my.gov.platform.identity.clients.OAuthClient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
import java.util.Set;

/** The OAuth 2.0 token endpoint (RFC 6749 §3.2). */
@Path("/oauth2/token")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
@RateLimited(OperationClass.TOKEN)
public class TokenResource {
    static final String PATH = "/oauth2/token";

    private final ClientAuthenticator authenticator;
    private final AccessTokens accessTokens;
    private final SignInGrants signInGrants;
    private final DpopProofs dpopProofs;

    TokenResource(ClientAuthenticator authenticator, AccessTokens accessTokens, SignInGrants signInGrants, DpopProofs dpopProofs) {
        this.authenticator = authenticator;
        this.accessTokens = accessTokens;
        this.signInGrants = signInGrants;
        this.dpopProofs = dpopProofs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue tokens",
            description = "Grants authorization_code (PKCE S256), refresh_token (rotating, reuse revokes the family) and client_credentials; client authentication by client_secret_basic, client_secret_post or private_key_jwt (ES256, at most 2 minutes, single-use jti). "
                    + "Resource indicators (RFC 8707): client_credentials may name one `resource` (an absolute URI the client is registered for, see the client's `resources`); "
                    + "the access token's aud is then that resource only, so the platform's own APIs refuse it. resource on any other grant is invalid_target.")
    @APIResponse(responseCode = "200", description = "Token response (RFC 6749 §5.1)",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "OAuth error: invalid_request, invalid_grant, invalid_scope, invalid_target, unauthorized_client, unsupported_grant_type, invalid_dpop_proof, use_dpop_nonce",
            content = @Content(schema = @Schema(implementation = OAuthErrorResponse.class)))
    @APIResponse(responseCode = "401", description = "OAuth error invalid_client",
            content = @Content(schema = @Schema(implementation = OAuthErrorResponse.class)))
    public Response token(MultivaluedMap<String, String> form, @HeaderParam("Authorization") String authorization,
                          @HeaderParam("DPoP") String dpop) {
        String grantType = ClientCredentials.single(form, "grant_type");
        if (grantType == null) {
            throw OAuthError.invalidRequest("grant_type is required");
        }
        GrantType grant = GrantType.fromOAuthName(grantType).orElseThrow(() -> OAuthError.unsupportedGrantType(grantType));
        OAuthClient client = authenticator.authenticate(authorization, form, PATH);
        if (!client.allowsGrant(grant.oauthName())) {
            throw OAuthError.unauthorizedClient("The client may not use the " + grantType + " grant");
        }
        Optional<String> resource = ResourceRequest.target(grant, form.get(ResourceRequest.PARAMETER), client.resources);
        String jkt = dpop == null ? null : dpopProofs.check(dpop, "POST", PATH, null)
                .orElseThrow(() -> OAuthError.invalidDpopProof("The DPoP proof is invalid, replayed or not for this request"));
        return NoStoreResponse.of(switch (grant) {
            case CLIENT_CREDENTIALS -> {
                Set<String> scopes = ScopeRequest.grant(ClientCredentials.single(form, "scope"), client.scopes);
                yield accessTokens.forClient(client, scopes, resource.orElse(null), jkt).tokenResponse();
            }
            case AUTHORIZATION_CODE -> signInGrants.exchange(client, ClientCredentials.single(form, "code"),
                    ClientCredentials.single(form, "redirect_uri"), ClientCredentials.single(form, "code_verifier"), jkt);
            case REFRESH_TOKEN -> signInGrants.refresh(client, ClientCredentials.single(form, "refresh_token"), jkt);
        });
    }
}
