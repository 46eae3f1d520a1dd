package my.gov.platform.commons.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import my.gov.platform.commons.security.assurance.RequiresAssurance;

/** An operation that needs a person signed in with a second factor, for the level-of-assurance tests. */
@Path("/v1/strong-actions")
@Authenticated
public class AssuranceProbeResource {
    private final Caller caller;

    AssuranceProbeResource(Caller caller) {
        this.caller = caller;
    }

    @POST
    @RequiresAssurance(2)
    public String act() {
        return caller.subject();
    }
}
