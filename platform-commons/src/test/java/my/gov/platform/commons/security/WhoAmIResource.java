package my.gov.platform.commons.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Endpoints that need a token, for the security tests: {@code /v1/whoami} in the default tenant and
 * {@code /v1/elsewhere/whoami} in a second tenant that accepts only tokens for another resource.
 */
@Path("/v1")
@Authenticated
public class WhoAmIResource {
    private final Caller caller;
    private final SecurityIdentity identity;

    WhoAmIResource(Caller caller, SecurityIdentity identity) {
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    @Path("/whoami")
    public String subject() {
        return caller.subject();
    }

    /** The {@code X-Probe} header of the request, as the security identity's routing context sees it. */
    @GET
    @Path("/whoami/probe")
    public String probe() {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(identity);
        return routing == null ? "no routing context" : routing.request().getHeader("X-Probe");
    }

    @GET
    @Path("/elsewhere/whoami")
    public String subjectElsewhere() {
        return caller.subject();
    }
}
