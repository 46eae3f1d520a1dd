package my.gov.platform.exchange.sample;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.problems.ExchangeProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.time.Duration;

/**
 * A reference provider standing in for JPN, JPJ and SSM: it serves synthetic records exactly as a
 * real agency endpoint registered with the broker would. {@code delayMs} simulates a slow registry.
 * Consumers must not call it directly; the broker reaches it through each product's endpoint.
 */
@Path("/sample-registries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sample registries", description = "Synthetic reference provider for the local run and tests")
public class SampleRegistryResource {

    @GET
    @Path("/population/{mykadNumber}")
    @Operation(summary = "A synthetic population registry record (JPN)")
    @APIResponse(responseCode = "200", description = "{asOf, data}")
    @APIResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, Object> population(@PathParam("mykadNumber") String mykad,
                                          @QueryParam("delayMs") @DefaultValue("0") @Min(0) @Max(30000) long delayMs) {
        pause(delayMs);
        return answer(SyntheticRegistries.person(mykad), "person");
    }

    @GET
    @Path("/vehicles/{registrationNumber}")
    @Operation(summary = "A synthetic vehicle registry record (JPJ)")
    @APIResponse(responseCode = "200", description = "{asOf, data}")
    @APIResponse(responseCode = "404", description = "No such vehicle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, Object> vehicle(@PathParam("registrationNumber") String registrationNumber) {
        return answer(SyntheticRegistries.vehicle(registrationNumber), "vehicle");
    }

    @GET
    @Path("/companies/{companyRegistrationNumber}")
    @Operation(summary = "A synthetic company registry record (SSM)")
    @APIResponse(responseCode = "200", description = "{asOf, data}")
    @APIResponse(responseCode = "404", description = "No such company",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, Object> company(@PathParam("companyRegistrationNumber") String registrationNumber) {
        return answer(SyntheticRegistries.company(registrationNumber), "company");
    }

    @GET
    @Path("/unavailable/{key}")
    @Operation(summary = "A registry that is down", description = "Always answers 503, to exercise the broker's failure handling.")
    @APIResponse(responseCode = "503", description = "Always",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unavailable(@PathParam("key") String key) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
    }

    private static Map<String, Object> answer(Optional<Map<String, Object>> record, String what) {
        return Map.of("asOf", Instant.now().toString(), "data", record.orElseThrow(
                () -> new ProblemException(ExchangeProblem.RECORD_NOT_FOUND, "No " + what + " with that key")));
    }

    private static void pause(long delayMs) {
        if (delayMs > 0) {
            LockSupport.parkNanos(Duration.ofMillis(delayMs).toNanos());
        }
    }
}
