package my.gov.platform.exchange.tracker;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.commons.web.FormCsrf;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.exchange.consent.ConsentService;
import my.gov.platform.exchange.products.DataProduct;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** The citizen data tracker page: reads of my data and my consents, Bahasa Melayu or English, no JavaScript. */
@Path("/my-data")
@Tag(name = "Citizen data tracker")
@RolesAllowed("citizen")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class MyDataPage {
    static final String CSRF_COOKIE = "mygov_my_data_form";
    /** A signed-in citizen's browser sends the session cookie with any form, so each form also carries this token. */
    private static final FormCsrf CSRF = new FormCsrf(CSRF_COOKIE, "/my-data");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm").withZone(ZoneId.of("Asia/Kuala_Lumpur"));

    @TemplateData
    public record Read(String when, String agency, String data, String fields, String purpose) {
    }

    @TemplateData
    public record ConsentRow(UUID id, String agency, String data, String fields, String purpose, String expires, String status,
                      boolean revocable) {
    }

    private final Template myData;
    private final DataTracker tracker;
    private final ConsentService consents;
    private final Caller caller;

    MyDataPage(Template myData, DataTracker tracker, ConsentService consents, Caller caller) {
        this.myData = myData;
        this.tracker = tracker;
        this.consents = consents;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "My data page (HTML)")
    @APIResponse(responseCode = "200", description = "The page")
    public Response page(@QueryParam("lang") String lang, @CookieParam(PageLanguage.COOKIE) String cookie,
                         @HeaderParam("Accept-Language") String acceptLanguage, @Context UriInfo uri) {
        PageLanguage chosen = PageLanguage.resolve(lang, cookie, acceptLanguage);
        boolean ms = chosen == PageLanguage.MS;
        List<Read> reads = tracker.accessLog(caller.citizen(), null, 100)
                .stream().map(r -> new Read(SHOWN.format(r.readAt()), r.consumerName() + " (" + r.consumerAgency() + ")",
                        ms ? r.productNameMs() : r.productName(), String.join(", ", r.fields()), r.purposeCode())).toList();
        Instant now = Instant.now();
        List<ConsentRow> rows = consents.of(caller.citizen()).stream().map(c -> {
            DataProduct product = DataProduct.findById(c.productId);
            return new ConsentRow(c.id, c.consumerAgency, ms ? product.nameMs : product.name, String.join(", ", c.fields),
                    c.purposeCode.name(), SHOWN.format(c.expiresAt), c.status.name(), c.inForce(now));
        }).toList();
        String csrf = FormCsrf.newToken();
        TemplateInstance html = myData.data("lang", chosen.code()).setLocale(chosen.locale())
                .data("reads", reads).data("consents", rows).data("csrf", csrf);
        return Response.ok(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .cookie(CSRF.cookie(csrf, "https".equals(uri.getRequestUri().getScheme())))
                .cookie(new NewCookie.Builder(PageLanguage.COOKIE).value(chosen.code()).path("/my-data").sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    @POST
    @Path("/consents/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Withdraw a consent from the page (form POST, then back to the page)")
    @APIResponse(responseCode = "303", description = "Back to the page")
    @APIResponse(responseCode = "400", description = "The form's CSRF token does not match its cookie",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@PathParam("id") UUID id, @FormParam("lang") String lang, @FormParam(FormCsrf.FIELD) String csrf,
                           @CookieParam(CSRF_COOKIE) String csrfCookie) {
        if (!FormCsrf.matches(csrfCookie, csrf)) {
            throw ProblemException.invalid(FormCsrf.FIELD, "does not match this browser's form cookie: open /my-data again and retry");
        }
        consents.revoke(id, caller.citizen());
        PageLanguage chosen = PageLanguage.resolve(lang, null, null);
        return Response.seeOther(UriBuilder.fromPath("/my-data").queryParam("lang", chosen.code()).build()).build();
    }
}
