package my.gov.platform.catalogue.reference;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.catalogue.security.Grants;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.security.assurance.RequiresAssurance;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/v1/reference-data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Sectors, clusters, domains, target groups, life events, personas and the 20 generic processes")
public class ReferenceDataResource {
    private final ReferenceData referenceData;
    private final Grants grants;

    ReferenceDataResource(ReferenceData referenceData, Grants grants) {
        this.referenceData = referenceData;
        this.grants = grants;
    }

    @GET
    @Operation(summary = "All reference lists", description = "Public. Every code a service record may use.")
    @APIResponse(responseCode = "200", description = "The reference lists",
            content = @Content(schema = @Schema(implementation = ReferenceSnapshot.class)))
    public ReferenceSnapshot all() {
        return referenceData.current();
    }

    @GET
    @Path("/{kind}")
    @Operation(summary = "One reference list", description = "kind: sectors, clusters, domains, target-groups, life-events, personas, processes")
    @APIResponse(responseCode = "200", description = "One page of the list")
    @APIResponse(responseCode = "404", description = "No such list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ReferenceItem> list(@PathParam("kind") String kind, @Valid @BeanParam PageRequest page) {
        return Page.slice(referenceData.current().list(kindOf(kind)), page);
    }

    @PUT
    @Path("/{kind}/{code}")
    @Authenticated
    @RequiresAssurance(2)
    @Operation(summary = "Add or rename a reference entry", description = "Role platform-admin or scope catalogue.admin.")
    @APIResponse(responseCode = "200", description = "The entry as stored",
            content = @Content(schema = @Schema(implementation = ReferenceItem.class)))
    @APIResponse(responseCode = "400", description = "Invalid entry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = RequiresAssurance.NO_TOKEN_OR_BELOW_LEVEL_TWO,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither platform-admin nor catalogue.admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferenceItem put(@PathParam("kind") String kind,
                             @PathParam("code") @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "must be UPPER_SNAKE_CASE") String code,
                             @Valid @NotNull ReferenceItemRequest request) {
        grants.requireReferenceAdmin();
        ReferenceKind referenceKind = kindOf(kind);
        ReferenceSnapshot current = referenceData.current();
        if (referenceKind.hasParent()) {
            ReferenceKind parentKind = referenceKind == ReferenceKind.LIFE_EVENTS ? ReferenceKind.TARGET_GROUPS : ReferenceKind.SECTORS;
            if (request.parent() == null || current.find(parentKind, request.parent()).isEmpty()) {
                throw ProblemException.invalid("parent", "must be one of the " + parentKind.path());
            }
        } else if (request.parent() != null) {
            throw ProblemException.invalid("parent", "must be absent for " + referenceKind.path());
        }
        ReferenceItem stored = referenceData.put(referenceKind, new ReferenceItem(code, request.nameMs(), request.nameEn(),
                referenceKind.hasParent() ? request.parent() : null));
        return stored;
    }

    private static ReferenceKind kindOf(String path) {
        return ReferenceKind.ofPath(path).orElseThrow(() -> ProblemException.notFound("reference list", path));
    }
}
