package my.gov.platform.commons.security.dpop;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The first half of RFC 9449 at a resource server, before any authentication mechanism runs: a request with
 * {@code Authorization: DPoP <token>} must carry exactly one {@code DPoP} proof made for this request (its method, this
 * service's public URL without query, the token's hash), recently, with a {@code jti} not seen before. The proven key's
 * thumbprint (or the refusal) is left on the request for {@link DpopBindingGuard}, which compares it with the token's
 * {@code cnf.jkt} once the token is verified, and the token is handed on in the bearer form that quarkus-oidc (and
 * identity-service's own mechanism) read. {@code htu} is compared with {@code mygov.public-base-url}, the address
 * clients use, not the one a proxy forwarded to, so a proof made for another service never matches here.
 */
@ApplicationScoped
public class DpopProofCheck {
    static final String PROVEN_KEY = "mygov.dpop.proven-key";
    static final String REFUSAL = "mygov.dpop.refusal";
    static final String PROOF_HEADER = "DPoP";
    private static final String SCHEME = "DPoP ";

    private final DpopProofVerifier verifier;
    private final UsedProofs used;
    private final List<String> ownPaths;
    /** Read at the first DPoP request, not at start-up: in tests the port in it is only known once the server listens. */
    private volatile String publicBaseUrl;

    DpopProofCheck(DpopConfig config) {
        this.verifier = new DpopProofVerifier(config.proofWindow());
        this.used = new UsedProofs(config.proofWindow(), config.usedProofs().maxSize());
        this.ownPaths = config.ownPaths().orElse(List.of());
    }

    void register(@Observes Filters filters) {
        // After the request id (1000), so refusals carry it; before authentication, which runs in the REST layer.
        filters.register(this::check, 900);
    }

    void check(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && !ownPaths.contains(context.request().path())) {
            String token = authorization.substring(SCHEME.length()).trim();
            List<String> proofs = context.request().headers().getAll(PROOF_HEADER);
            Optional<DpopProofVerifier.Proof> proof = proofs.size() != 1 ? Optional.empty()
                    : verifier.verify(proofs.get(0), context.request().method().name(), publicBaseUrl() + context.request().path(),
                    token, Instant.now());
            if (proof.isEmpty()) {
                context.put(REFUSAL, proofs.size() == 1 ? "The DPoP proof is not valid for this request and token"
                        : "Send exactly one DPoP proof header with a DPoP access token");
            } else if (!used.firstUse(proof.get())) {
                context.put(REFUSAL, "This DPoP proof was used before: make a new one for every request");
            } else {
                context.put(PROVEN_KEY, proof.get().jkt());
            }
            context.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        context.next();
    }

    private String publicBaseUrl() {
        if (publicBaseUrl == null) {
            // Programmatic, not a mapping: a mapping is filled at start-up, before the test port it names is known.
            String configured = ConfigProvider.getConfig().getValue("mygov.public-base-url", String.class);
            publicBaseUrl = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return publicBaseUrl;
    }
}
