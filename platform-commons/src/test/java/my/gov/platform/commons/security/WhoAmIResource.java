package my.gov.platform.commons.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An endpoint that needs a token, for the deactivation test. */
@Path("/v1/whoami")
@Authenticated
public class WhoAmIResource {
    private final Caller caller;

    WhoAmIResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    public String subject() {
        return caller.subject();
    }
}
