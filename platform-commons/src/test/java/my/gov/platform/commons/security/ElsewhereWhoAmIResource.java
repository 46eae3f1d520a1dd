package my.gov.platform.commons.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An endpoint of the second test tenant, which accepts only tokens for another resource. */
@Path("/v1/elsewhere/whoami")
@Authenticated
public class ElsewhereWhoAmIResource {
    private final Caller caller;

    ElsewhereWhoAmIResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    public String subject() {
        return caller.subject();
    }
}
