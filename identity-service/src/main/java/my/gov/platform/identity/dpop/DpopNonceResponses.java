package my.gov.platform.identity.dpop;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Map;

/**
 * How the nonce reaches clients: a {@code use_dpop_nonce} error (400 at the authorization server's
 * endpoints, a 401 challenge at userinfo, RFC 9449 §8 and §9), and a fresh {@code DPoP-Nonce} header
 * on every answer to a request that carried a proof, so clients rarely meet the error twice.
 */
public class DpopNonceResponses {
    static final String HEADER = "DPoP-Nonce";
    private static final String ERROR = "use_dpop_nonce";

    private final DpopProofs proofs;

    DpopNonceResponses(DpopProofs proofs) {
        this.proofs = proofs;
    }

    @ServerExceptionMapper
    public Response nonceRequired(DpopNonceRequired failure, UriInfo uri) {
        if (uri.getPath().endsWith("/userinfo")) {
            return Response.status(401).header(HEADER, failure.nonce())
                    .header("WWW-Authenticate", "DPoP error=\"" + ERROR + "\", error_description=\"" + failure.getMessage() + "\"")
                    .build();
        }
        return Response.status(400).type(MediaType.APPLICATION_JSON).header(HEADER, failure.nonce())
                .header("Cache-Control", "no-store")
                .entity(Map.of("error", ERROR, "error_description", failure.getMessage()))
                .build();
    }

    @ServerResponseFilter
    public void offerNonce(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString("DPoP") != null && !response.getHeaders().containsKey(HEADER)) {
            response.getHeaders().putSingle(HEADER, proofs.currentNonce());
        }
    }
}
