package my.gov.platform.commons.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.ProblemResponses;
import my.gov.platform.commons.security.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * The one place every REST operation is classified ({@link RateLimited}, else by HTTP method) and counted against its
 * {@link OperationClass}'s limit: per client for the APIs when a token is sent, per caller address otherwise. The
 * address is the direct peer's, or the {@code X-Forwarded-For} one when the peer is a trusted proxy
 * ({@code mygov.http.trusted-proxies}, applied by Quarkus before any route). Allowed answers carry the
 * {@code RateLimit-Policy} and {@code RateLimit} fields (draft-ietf-httpapi-ratelimit-headers); a request over the
 * limit is answered 429 with them and {@code Retry-After}, and never reaches the operation: with a problem, or with a
 * page saying how long to wait when a browser asks for a page ({@link TooManyRequestsPage}).
 */
public class RateLimitFilter {
    private final RateLimitConfig config;
    private final RateLimitBuckets buckets;
    private final CurrentIdentityAssociation identities;
    private final ProblemResponses problems;
    private final Vertx vertx;

    RateLimitFilter(RateLimitConfig config, RateLimitBuckets buckets, CurrentIdentityAssociation identities,
                    ProblemResponses problems, Vertx vertx) {
        this.config = config;
        this.buckets = buckets;
        this.identities = identities;
        this.problems = problems;
        this.vertx = vertx;
    }

    /** Before the body is read: a caller over the limit costs no parsing. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Response> limit(ResourceInfo resource, HttpServerRequest request, ContainerRequestContext context) {
        OperationClass operationClass = classify(resource, request.method().name());
        RateLimitPolicy policy = config.policy(operationClass);
        String address = "address:" + request.remoteAddress().hostAddress();
        Uni<String> caller = operationClass.perClient()
                ? identities.getDeferredIdentity()
                        // A token that fails verification is refused after this filter; its request counts against the address.
                        .onFailure().recoverWithNull()
                        .map(identity -> client(identity).map(client -> "client:" + client).orElse(address))
                : Uni.createFrom().item(address);
        return caller.chain(key -> take(policy, key)).map(verdict -> {
            if (verdict.allowed()) {
                verdict.headers().forEach(request.response()::putHeader);
                return null;
            }
            if (TooManyRequestsPage.isWantedBy(resource, context)) {
                return TooManyRequestsPage.of(verdict, context);
            }
            return problems.of(verdict.refusal("More than " + policy.quota() + " " + policy.name() + " requests in "
                    + policy.window().toSeconds() + " s; retry after " + verdict.retryAfterSeconds() + " s"), request.path());
        });
    }

    static OperationClass classify(ResourceInfo resource, String method) {
        RateLimited declared = resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (declared == null) {
            declared = resource.getResourceClass().getAnnotation(RateLimited.class);
        }
        if (declared != null) {
            return declared.value();
        }
        return method.equals("GET") || method.equals("HEAD") ? OperationClass.API_READ : OperationClass.API_WRITE;
    }

    private static Optional<String> client(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return Caller.clientIdOf(token);
    }

    /** The bucket is counted over JDBC, so never on the event loop (reactive operations run their filters there). */
    private Uni<RateLimitVerdict> take(RateLimitPolicy policy, String key) {
        if (!Context.isOnEventLoopThread()) {
            return Uni.createFrom().item(() -> buckets.take(policy, key));
        }
        return Uni.createFrom().completionStage(() -> vertx.executeBlocking(() -> buckets.take(policy, key), false).toCompletionStage());
    }
}
