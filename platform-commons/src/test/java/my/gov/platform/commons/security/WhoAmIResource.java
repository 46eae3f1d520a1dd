package my.gov.platform.commons.security;

import io.quarkus.security.Authenticated;
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

    WhoAmIResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/whoami")
    public String subject() {
        return caller.subject();
    }

    @GET
    @Path("/elsewhere/whoami")
    public String subjectElsewhere() {
        return caller.subject();
    }
}
