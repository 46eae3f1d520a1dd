package my.gov.platform.payment.trustmarks;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.payment.calendar.MalaysiaTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * Public: anyone (a citizen, a browser showing the badge) may look up certificates without a token.
 * Only what a certificate states is shown; the certifier's milestones and reasons stay private.
 */
@Path("/v1/trustmark-certificates")
@Tag(name = "Trustmark verification", description = "Public registry and verification of MTSA certificates")
public class TrustmarkCertificateResource {
    private static final String SVG = "image/svg+xml";

    private final TrustmarkRegistry registry;

    TrustmarkCertificateResource(TrustmarkRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public registry of MTSA certificates",
            description = "Public; no token needed. Ordered by issue time; filter by agency and status.")
    @APIResponse(responseCode = "200", description = "One page of certificates with their live status")
    @APIResponse(responseCode = "400", description = "Bad filter or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<TrustmarkVerification> list(@QueryParam("agency") String agency, @QueryParam("status") TrustmarkStatus status,
                                            @Valid @BeanParam PageRequest page) {
        LocalDate today = MalaysiaTime.today();
        return Page.of(registry.list(agency, status, page), page.limit, t -> TrustmarkVerification.of(t, today),
                t -> PageRequest.cursorOf(t.id));
    }

    @GET
    @Path("/{certificateNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify an MTSA certificate", description = "Public; no token needed.")
    @APIResponse(responseCode = "200", description = "The certificate's live status",
            content = @Content(schema = @Schema(implementation = TrustmarkVerification.class)))
    @APIResponse(responseCode = "404", description = "No such certificate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response verify(@PathParam("certificateNumber") String certificateNumber) {
        return Response.ok(TrustmarkVerification.of(find(certificateNumber), MalaysiaTime.today()))
                .cacheControl(shortCache()).build();
    }

    @GET
    @Path("/{certificateNumber}/badge.svg")
    @Produces(SVG)
    @Operation(summary = "Embeddable trustmark badge", description = "An SVG showing the certificate's live status; cached for one minute.")
    @APIResponse(responseCode = "200", description = "SVG badge", content = @Content(mediaType = SVG))
    @APIResponse(responseCode = "404", description = "No such certificate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response badge(@PathParam("certificateNumber") String certificateNumber) {
        TrustmarkVerification verification = TrustmarkVerification.of(find(certificateNumber), MalaysiaTime.today());
        return Response.ok(TrustmarkBadge.svg(verification), SVG).cacheControl(shortCache()).build();
    }

    private Trustmark find(String certificateNumber) {
        return registry.byCertificate(certificateNumber)
                .orElseThrow(() -> ProblemException.notFound("trustmark certificate", certificateNumber));
    }

    private static CacheControl shortCache() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return cache;
    }
}
