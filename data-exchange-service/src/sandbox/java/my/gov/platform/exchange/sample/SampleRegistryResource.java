package my.gov.platform.exchange.sample;

import io.quarkus.security.PermissionsAllowed;
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
import my.gov.platform.exchange.products.ProviderAudience;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.time.Duration;

/**
 * A reference provider standing in for JPN, JPJ and SSM: it serves synthetic records exactly as a
 * real agency endpoint registered with the broker would, to the broker only. {@code delayMs}
 * simulates a slow registry. Each registry accepts the broker's token for its own agency (scope
 * {@code registry.read}, audience {@code urn:mygov:agency:<code>}, its own OIDC tenant); the
 * platform tokens consumers hold are refused, so consumers cannot bypass the broker. Not in the
 * production build (src/sandbox).
 */
@Path("/sample-registries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sample registries", description = "Synthetic reference provider for the local run and tests")
@PermissionsAllowed(ProviderAudience.SCOPE)
@APIResponse(responseCode = "401", description = "No token of the broker's for one of these agencies",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The broker's token is for another agency's registry, or lacks registry.read",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SampleRegistryResource {
    private static final List<String> AGENCIES = List.of("JPN", "JPJ", "SSM");

    private final JsonWebToken token;

    SampleRegistryResource(JsonWebToken token) {
        this.token = token;
    }

    @GET
    @Path("/population/{mykadNumber}")
    @Operation(summary = "A synthetic population registry record (JPN)")
    @APIResponse(responseCode = "200", description = "{asOf, data}")
    @APIResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, Object> population(@PathParam("mykadNumber") String mykad,
                                          @QueryParam("delayMs") @DefaultValue("0") @Min(0) @Max(30000) long delayMs) {
        requireTokenFor("JPN");
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
        requireTokenFor("JPJ");
        return answer(SyntheticRegistries.vehicle(registrationNumber), "vehicle");
    }

    @GET
    @Path("/companies/{companyRegistrationNumber}")
    @Operation(summary = "A synthetic company registry record (SSM)")
    @APIResponse(responseCode = "200", description = "{asOf, data}")
    @APIResponse(responseCode = "404", description = "No such company",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, Object> company(@PathParam("companyRegistrationNumber") String registrationNumber) {
        requireTokenFor("SSM");
        return answer(SyntheticRegistries.company(registrationNumber), "company");
    }

    @GET
    @Path("/unavailable/{key}")
    @Operation(summary = "A registry that is down", description = "Always answers 503, to exercise the broker's failure handling.")
    @APIResponse(responseCode = "503", description = "Always",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unavailable(@PathParam("key") String key) {
        if (AGENCIES.stream().noneMatch(this::holdsTokenFor)) {
            throw otherAgency();
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
    }

    private void requireTokenFor(String agency) {
        if (!holdsTokenFor(agency)) {
            throw otherAgency();
        }
    }

    private boolean holdsTokenFor(String agency) {
        return token.getAudience() != null && token.getAudience().contains(ProviderAudience.of(agency));
    }

    private static ProblemException otherAgency() {
        return ProblemException.forbidden("This token was granted for another agency's registry");
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
