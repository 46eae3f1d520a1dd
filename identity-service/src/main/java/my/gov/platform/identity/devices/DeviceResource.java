package my.gov.platform.identity.devices;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.identity.accounts.PersonCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices", description = "MyDigital ID–style app devices: device-bound keys that approve sign-ins (urn:mygov:loa:3)")
public class DeviceResource {
    private final DeviceService devices;
    private final PersonCaller caller;

    DeviceResource(DeviceService devices, PersonCaller caller) {
        this.devices = devices;
        this.caller = caller;
    }

    @POST
    @Path("/devices")
    @Authenticated
    @Operation(summary = "Register a device key", description = "With the person's own access token; publishes my.gov.mfa.enrolled (DEVICE).")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "400", description = "Not a public P-256 key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token is not a person's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull RegisterDeviceRequest request, @Context UriInfo uri) {
        Device device = devices.register(person(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(device.id.toString()).build()).entity(DeviceView.of(device)).build();
    }

    @POST
    @Path("/device-challenges/{id}/approval")
    @Operation(summary = "Approve a sign-in from the device",
            description = "No bearer token: the device proves itself by signing mygov-device-approval:<challengeId>:<challenge> with its registered key.")
    @APIResponse(responseCode = "204", description = "Approved; the browser can continue")
    @APIResponse(responseCode = "400", description = "Bad signature, unknown/expired challenge or device",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(@PathParam("id") UUID challengeId, @Valid @NotNull ApproveChallengeRequest request) {
        devices.approve(challengeId, request);
        return Response.noContent().build();
    }

    private UUID person() {
        return caller.person("register a device");
    }
}
