package my.gov.platform.identity.oauth;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.identity.clients.OAuthClient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Token revocation (RFC 7009): a client revokes its access tokens, or refresh tokens (with their whole family
 * and the family's unexpired access tokens).
 */
@Path("/oauth2/revoke")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
@RateLimited(OperationClass.TOKEN)
public class RevocationResource {
    static final String PATH = "/oauth2/revoke";

    private final ClientAuthenticator authenticator;
    private final AccessTokenVerifier verifier;
    private final TokenRevocations revocations;
    private final SignInGrants signInGrants;

    RevocationResource(ClientAuthenticator authenticator, AccessTokenVerifier verifier, TokenRevocations revocations,
                       SignInGrants signInGrants) {
        this.authenticator = authenticator;
        this.verifier = verifier;
        this.revocations = revocations;
        this.signInGrants = signInGrants;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Revoke a token",
            description = "Answers 200 whether or not the token was valid (RFC 7009 §2.2); a token issued to another client is left untouched.")
    @APIResponse(responseCode = "200", description = "Revoked, or nothing to revoke")
    @APIResponse(responseCode = "400", description = "OAuth error invalid_request or unsupported_token_type",
            content = @Content(schema = @Schema(implementation = OAuthErrorResponse.class)))
    @APIResponse(responseCode = "401", description = "OAuth error invalid_client",
            content = @Content(schema = @Schema(implementation = OAuthErrorResponse.class)))
    public Response revoke(MultivaluedMap<String, String> form, @HeaderParam("Authorization") String authorization) {
        OAuthClient client = authenticator.authenticate(authorization, form, PATH);
        String token = ClientCredentials.single(form, "token");
        if (token == null) {
            throw OAuthError.invalidRequest("token is required");
        }
        String hint = ClientCredentials.single(form, "token_type_hint");
        if (hint != null && !hint.equals("access_token") && !hint.equals("refresh_token")) {
            throw OAuthError.unsupportedTokenType("token_type_hint " + hint + " is not supported");
        }
        var accessToken = verifier.verify(token);
        if (accessToken.isPresent()) {
            accessToken.filter(claims -> client.clientId.equals(claims.getClaim("client_id"))).ifPresent(revocations::revoke);
        } else {
            signInGrants.revokeRefreshToken(token, client);
        }
        return Response.ok().header("Cache-Control", "no-store").build();
    }
}
