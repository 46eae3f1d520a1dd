package my.gov.platform.commons.openapi;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Operations secured in each way the contract filter reads, for its tests. */
@Path("/v1/contract-probes")
@Authenticated
public class ContractProbeResource {
    @GET
    @PermissionsAllowed({"probes.read", "probes.write"})
    public String read(@QueryParam("q") String query, @HeaderParam("X-Note") String note) {
        return query + note;
    }

    @GET
    @Path("/public")
    @PermitAll
    public String open() {
        return "open";
    }

    @GET
    @Path("/pages")
    public String pages(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return limit + cursor;
    }

    @GET
    @Path("/any-token")
    public String anyToken() {
        return "token";
    }
}
