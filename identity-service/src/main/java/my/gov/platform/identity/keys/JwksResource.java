package my.gov.platform.identity.keys;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public half of every published signing key (RFC 7517), for relying parties and resource servers. */
@Path("/jwks")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
public class JwksResource {
    static final String JWKS_MEDIA_TYPE = "application/jwk-set+json";
    private final SigningKeys keys;

    JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces({"application/json", JWKS_MEDIA_TYPE})
    @Operation(summary = "Get the JSON Web Key Set",
            description = "Next, active and retired (not yet expired) public keys, RS256 and ES256.")
    @APIResponse(responseCode = "200", description = "The JWK set")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        // Short enough that a newly published NEXT key reaches every verifier before it signs.
        cache.setMaxAge(300);
        return Response.ok(keys.ring().publicKeys().toString(true)).type("application/json").cacheControl(cache).build();
    }
}
