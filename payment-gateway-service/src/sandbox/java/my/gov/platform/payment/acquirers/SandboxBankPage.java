package my.gov.platform.payment.acquirers;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.payment.hosted.PageFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * The SANDBOX acquirer's bank page, where a tester plays the payer's bank. Its decision is sent to
 * the gateway as signed notifications through the same verification path a real acquirer's take.
 * Not in the production build (src/sandbox).
 */
@Path("/sandbox-acquirer/{reference}")
@Produces(MediaType.TEXT_HTML)
@Tag(name = SandboxAcquirer.TAG, description = "SANDBOX bank pages; no real money moves")
@APIResponse(responseCode = "404", description = "No such sandbox transaction",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@RateLimited(OperationClass.PUBLIC_PAGE)
public class SandboxBankPage {
    private final SandboxAcquirer sandbox;
    private final AcquirerNotifications notifications;
    private final EntityManager entityManager;
    private final Template page;

    SandboxBankPage(SandboxAcquirer sandbox, AcquirerNotifications notifications, EntityManager entityManager,
                    @Location("hosted/sandbox-bank.html") Template page) {
        this.sandbox = sandbox;
        this.notifications = notifications;
        this.entityManager = entityManager;
        this.page = page;
    }

    @GET
    @Operation(summary = "The sandbox bank's approval page")
    @APIResponse(responseCode = "200", description = "HTML page", content = @Content(mediaType = MediaType.TEXT_HTML))
    public Response show(@PathParam("reference") String reference, @CookieParam(PageLanguage.COOKIE) String cookie,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Object[] transaction = transaction(reference);
        PageLanguage language = PageLanguage.resolve(null, cookie, accept);
        return Response.ok(page.data("lang", language.code()).setLocale(language.locale()).data("reference", reference)
                .data("amount", PageFormat.ringgit(((Number) transaction[1]).longValue()))
                .data("method", transaction[2]).data("bankCode", transaction[3])).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Decide as the bank", description = "APPROVE, DECLINE, TIMEOUT or APPROVE_WITH_DUPLICATE; then back to the gateway.")
    @APIResponse(responseCode = "303", description = "The payer goes back to the gateway's return step")
    @APIResponse(responseCode = "400", description = "Unknown decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decide(@PathParam("reference") String reference, @FormParam("decision") String decision) {
        Object[] transaction = transaction(reference);
        SandboxAcquirer.Decision chosen;
        try {
            chosen = SandboxAcquirer.Decision.valueOf(decision);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid("decision", "must be APPROVE, DECLINE, TIMEOUT or APPROVE_WITH_DUPLICATE");
        }
        List<SandboxAcquirer.SignedMessage> sent = sandbox.decide(reference, chosen);
        sent.forEach(message -> notifications.receive(message.body(), message.signature()));
        return Response.seeOther(URI.create("/pay/" + transaction[0] + "/return")).build();
    }

    private Object[] transaction(String reference) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT payment_id, amount_sen, method, bank_code FROM sandbox_acquirer_transaction WHERE reference = ?1")
                .setParameter(1, reference).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("sandbox transaction", reference);
        }
        return rows.get(0);
    }
}
