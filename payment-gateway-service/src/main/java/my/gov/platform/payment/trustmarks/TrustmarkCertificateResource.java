package my.gov.platform.payment.trustmarks;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.payment.calendar.MalaysiaTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: anyone (a citizen, a browser showing the badge) may check a certificate without a token. */
@Path("/v1/trustmark-certificates/{certificateNumber}")
@Tag(name = "Trustmark verification", description = "Public verification of MTSA certificates")
public class TrustmarkCertificateResource {
    private static final String SVG = "image/svg+xml";

    private final TrustmarkRegistry registry;

    TrustmarkCertificateResource(TrustmarkRegistry registry) {
        this.registry = registry;
    }

    @GET
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
    @Path("/badge.svg")
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
