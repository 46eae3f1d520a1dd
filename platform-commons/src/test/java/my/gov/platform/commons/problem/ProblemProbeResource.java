package my.gov.platform.commons.problem;

import io.vertx.core.http.HttpClosedException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.List;

/** Endpoints that fail in each way the mappers must answer for. */
@Path("/v1/probes")
public class ProblemProbeResource {
    public record Probe(@NotBlank String name, List<@NotBlank String> tags) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Probe create(@Valid Probe probe) {
        return probe;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> list(@QueryParam("limit") @Max(100) int limit) {
        return List.of();
    }

    @GET
    @Path("/throttled")
    public String throttled() {
        throw new ProblemException(CommonProblem.TOO_MANY_REQUESTS, "Slow down")
                .with("retryAfterSeconds", 30).header("Retry-After", "30");
    }

    @GET
    @Path("/hung-up")
    public String hungUp() throws IOException {
        throw new IOException(new HttpClosedException("Connection was closed"));
    }

    /** As a blocking endpoint's body stream fails when the caller hangs up before sending all of it. */
    @GET
    @Path("/hung-up-mid-body")
    public String hungUpMidBody() throws IOException {
        throw new IOException(new ClosedChannelException());
    }

    @GET
    @Path("/broken")
    public String broken() {
        throw new IllegalStateException("secret internal detail");
    }
}
