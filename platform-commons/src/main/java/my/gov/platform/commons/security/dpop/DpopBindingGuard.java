package my.gov.platform.commons.security.dpop;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import my.gov.platform.commons.security.GuardProblem;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;

/**
 * The second half of RFC 9449 at a resource server, once the token itself is verified: a token bound to a key
 * ({@code cnf.jkt}) is accepted only with a proof by that key ({@link DpopProofCheck}), never as a bearer token; a
 * proof that {@link DpopProofCheck} refused refuses the request; and the DPoP scheme is not a way to present an
 * unbound token. Runs on every identity, so on tokens {@code VerifiedTokens} remembers too.
 */
@ApplicationScoped
public class DpopBindingGuard implements SecurityIdentityAugmentor {
    private static final String INVALID_PROOF = "DPoP error=\"invalid_dpop_proof\"";
    private static final String INVALID_TOKEN = "DPoP error=\"invalid_token\"";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getAttribute(RoutingContext.class.getName()) instanceof RoutingContext request)) {
            return Uni.createFrom().item(identity);
        }
        String boundKey = identity.getPrincipal() instanceof JsonWebToken token ? boundKey(token.getClaim("cnf")) : null;
        String provenKey = request.get(DpopProofCheck.PROVEN_KEY);
        if (request.get(DpopProofCheck.REFUSAL) instanceof String refusal) {
            return refuse(GuardProblem.INVALID_DPOP_PROOF, INVALID_PROOF, refusal);
        }
        if (boundKey != null && provenKey == null) {
            return refuse(GuardProblem.KEY_BOUND_TOKEN, INVALID_TOKEN,
                    "The token is bound to a key: send it as Authorization: DPoP with a proof made with that key");
        }
        if (provenKey != null && !provenKey.equals(boundKey)) {
            return refuse(GuardProblem.INVALID_DPOP_PROOF, INVALID_TOKEN, boundKey == null
                    ? "The token is not bound to a key: send it as a bearer token"
                    : "The DPoP proof was made with another key than the one the token is bound to");
        }
        return Uni.createFrom().item(identity);
    }

    private static Uni<SecurityIdentity> refuse(GuardProblem problem, String challenge, String detail) {
        return Uni.createFrom().failure(problem.authenticationFailure(challenge, detail));
    }

    /** quarkus-oidc gives JSON claims as JSON-P values; smallrye-jwt built from a map may give a map. */
    private static String boundKey(Object cnf) {
        if (cnf instanceof JsonObject json) {
            return json.getString("jkt", null);
        }
        return cnf instanceof Map<?, ?> map && map.get("jkt") instanceof String jkt ? jkt : null;
    }
}
