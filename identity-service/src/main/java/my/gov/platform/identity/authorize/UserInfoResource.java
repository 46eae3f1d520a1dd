package my.gov.platform.identity.authorize;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.dpop.DpopProofs;
import my.gov.platform.identity.oauth.AccessTokenVerifier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** OIDC UserInfo (Core §5.3): claims released by the scopes of the access token. */
@Path("/userinfo")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
public class UserInfoResource {
    private final AccessTokenVerifier verifier;
    private final DpopProofs dpopProofs;

    UserInfoResource(AccessTokenVerifier verifier, DpopProofs dpopProofs) {
        this.verifier = verifier;
        this.dpopProofs = dpopProofs;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get the signed-in person's claims", description = "profile: name; email; phone; mykad: mykad_number (only for clients allowed the mykad scope).")
    @APIResponse(responseCode = "200", description = "The claims")
    @APIResponse(responseCode = "401", description = "Missing, invalid or inactive bearer token (WWW-Authenticate: Bearer error=\"invalid_token\")")
    @APIResponse(responseCode = "403", description = "The token lacks the openid scope")
    public Response get(@HeaderParam("Authorization") String authorization, @HeaderParam("DPoP") String dpop) {
        return userInfo(authorization, dpop, "GET");
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get the signed-in person's claims (POST form)")
    @APIResponse(responseCode = "200", description = "The claims")
    @APIResponse(responseCode = "401", description = "Missing, invalid or inactive bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the openid scope")
    public Response post(@HeaderParam("Authorization") String authorization, @HeaderParam("DPoP") String dpop) {
        return userInfo(authorization, dpop, "POST");
    }

    private Response userInfo(String authorization, String dpop, String method) {
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        boolean dpopScheme = authorization != null && authorization.regionMatches(true, 0, "DPoP ", 0, 5);
        if (!bearer && !dpopScheme) {
            return Response.status(401).header("WWW-Authenticate", "Bearer, DPoP algs=\"ES256 RS256 PS256\"").build();
        }
        String token = authorization.substring(bearer ? 7 : 5).trim();
        Optional<JWTClaimsSet> claims = verifier.verifyActive(token).filter(c -> proofMatches(c, dpopScheme, dpop, method, token));
        Optional<Account> account = claims.flatMap(c -> {
            try {
                return Optional.ofNullable(Account.<Account>findById(UUID.fromString(c.getSubject())));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        if (account.isEmpty()) {
            return Response.status(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
        }
        Set<String> scopes = ScopePolicy.parse(String.valueOf(claims.get().getClaim("scope")));
        if (!scopes.contains("openid")) {
            return Response.status(403).header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"openid\"").build();
        }
        return Response.ok(PersonClaims.released(account.get(), scopes)).header("Cache-Control", "no-store").build();
    }

    /** A DPoP-bound token needs the DPoP scheme and a proof by its key; an unbound one the Bearer scheme. */
    private boolean proofMatches(JWTClaimsSet claims, boolean dpopScheme, String proof, String method, String token) {
        Object cnf = claims.getClaim("cnf");
        if (!(cnf instanceof Map<?, ?> confirmation)) {
            return !dpopScheme;
        }
        return dpopScheme && proof != null && dpopProofs.check(proof, method, "/userinfo", token)
                .filter(jkt -> jkt.equals(confirmation.get("jkt"))).isPresent();
    }
}
