package my.gov.platform.commons.ratelimit;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One operation of each kind the filter tells apart: a read, a write, a page, and a reactive read (run on the event loop). */
@Path("/v1/rate-probes")
@Produces(MediaType.TEXT_PLAIN)
public class RateLimitProbeResource {
    @GET
    public String read() {
        return "read";
    }

    @POST
    public String write() {
        return "written";
    }

    @GET
    @Path("/page")
    @RateLimited(OperationClass.PUBLIC_PAGE)
    public String page() {
        return "page";
    }

    @GET
    @Path("/reactive")
    public Uni<String> reactive() {
        return Uni.createFrom().item("reactive");
    }
}
