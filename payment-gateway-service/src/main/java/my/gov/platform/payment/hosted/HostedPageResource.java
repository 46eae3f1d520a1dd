package my.gov.platform.payment.hosted;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.commons.security.Caller;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.payment.payments.Acquirer;
import my.gov.platform.payment.merchants.CallbackSecrets;
import my.gov.platform.payment.merchants.Merchant;
import my.gov.platform.payment.payments.Payment;
import my.gov.platform.payment.payments.PaymentMethod;
import my.gov.platform.payment.payments.PaymentStateMachine;
import my.gov.platform.payment.payments.Payments;
import my.gov.platform.payment.trustmarks.Trustmark;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The payer's pages: choose a method and bank, go to the (sandbox) bank, come back through a
 * fresh trustmark check to the agency with a signed result, and see the receipt. No JavaScript.
 */
@Path("/pay/{paymentId}")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Hosted payment page", description = "Server-rendered pages for the payer (Bahasa Melayu / English)")
@APIResponse(responseCode = "404", description = "No such payment",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@RateLimited(OperationClass.PUBLIC_PAGE)
public class HostedPageResource {

    private final Payments payments;
    private final Caller caller;
    private final Acquirer acquirer;
    private final CallbackSecrets callbackSecrets;
    private final Template pay;
    private final Template refused;
    private final Template receipt;
    private final Template notAvailable;

    HostedPageResource(Payments payments, Caller caller, Acquirer acquirer, CallbackSecrets callbackSecrets,
                       @Location("hosted/pay.html") Template pay,
                       @Location("hosted/refused.html") Template refused,
                       @Location("hosted/receipt.html") Template receipt,
                       @Location("hosted/not-available.html") Template notAvailable) {
        this.payments = payments;
        this.caller = caller;
        this.acquirer = acquirer;
        this.callbackSecrets = callbackSecrets;
        this.pay = pay;
        this.refused = refused;
        this.receipt = receipt;
        this.notAvailable = notAvailable;
    }

    @GET
    @Operation(summary = "The payment page", description = "Shows the bill and the methods and FPX banks the payer may choose.")
    @APIResponse(responseCode = "200", description = "HTML page", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "303", description = "The payment is over: on to the result")
    public Response page(@PathParam("paymentId") UUID paymentId, @QueryParam("lang") String lang,
                         @CookieParam(PageLanguage.COOKIE) String cookie, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Payment payment = payments.get(paymentId);
        if (PaymentStateMachine.isFinal(payment.status)) {
            return Response.seeOther(URI.create("/pay/" + paymentId + "/return")).build();
        }
        PageLanguage language = PageLanguage.resolve(lang, cookie, accept);
        return withLanguage(Response.ok(payPage(payment, language, null)), lang, language).build();
    }

    @POST
    @Path("/method")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Choose a method and bank", description = "Starts the authorisation and sends the payer to the bank. "
            + "A payer signed in as a citizen becomes the payment's payerSubject.")
    @APIResponse(responseCode = "303", description = "To the bank's page")
    @APIResponse(responseCode = "422", description = "The page again, naming what was wrong", content = @Content(mediaType = MediaType.TEXT_HTML))
    public Response choose(@PathParam("paymentId") UUID paymentId, @FormParam("method") String method, @FormParam("bank") String bank,
                           @CookieParam(PageLanguage.COOKIE) String cookie, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageLanguage language = PageLanguage.resolve(null, cookie, accept);
        try {
            PaymentMethod chosen = parse(method);
            Acquirer.Authorization authorization = payments.startAuthorization(paymentId, chosen, bank, signedInCitizen());
            return Response.seeOther(authorization.redirectUrl()).build();
        } catch (ProblemException problem) {
            Payment payment = payments.get(paymentId);
            return Response.status(problem.kind().status() == 404 ? 404 : 422)
                    .entity(payPage(payment, language, problem.getMessage())).build();
        }
    }

    @GET
    @Path("/return")
    @Operation(summary = "Back from the bank", description = "Checks the trustmark again, then sends the payer to the agency's return URL with a signed result.")
    @APIResponse(responseCode = "303", description = "To the agency's return URL with paymentId, status, billReference, t and signature")
    @APIResponse(responseCode = "403", description = "The trustmark no longer allows it: an explanation page", content = @Content(mediaType = MediaType.TEXT_HTML))
    public Response back(@PathParam("paymentId") UUID paymentId, @CookieParam(PageLanguage.COOKIE) String cookie,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Payment payment = payments.get(paymentId);
        URI target;
        try {
            target = payments.returnTarget(payment);
        } catch (ProblemException problem) {
            PageLanguage language = PageLanguage.resolve(null, cookie, accept);
            return Response.status(403).entity(refused.data("lang", language.code()).setLocale(language.locale())
                    .data("reason", problem.getMessage()).data("status", payment.status.name())).build();
        }
        Merchant merchant = Merchant.findById(payment.merchantId);
        long t = Instant.now().getEpochSecond();
        String status = payment.status.name();
        URI signed = UriBuilder.fromUri(target)
                .queryParam("paymentId", payment.id)
                .queryParam("status", status)
                .queryParam("billReference", payment.billReference)
                .queryParam("t", t)
                .queryParam("signature", ReturnSignature.sign(callbackSecrets.of(merchant), payment.id.toString(), status, payment.billReference, t))
                .build();
        return Response.seeOther(signed).build();
    }

    @GET
    @Path("/receipt")
    @Operation(summary = "The official receipt of a successful payment")
    @APIResponse(responseCode = "200", description = "HTML receipt", content = @Content(mediaType = MediaType.TEXT_HTML))
    public Response receipt(@PathParam("paymentId") UUID paymentId, @QueryParam("lang") String lang,
                            @CookieParam(PageLanguage.COOKIE) String cookie, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Payment payment = payments.get(paymentId);
        PageLanguage language = PageLanguage.resolve(lang, cookie, accept);
        if (!PaymentStateMachine.wasCaptured(payment.status)) {
            return Response.status(404).entity(notAvailable.data("lang", language.code()).setLocale(language.locale())).build();
        }
        Merchant merchant = Merchant.findById(payment.merchantId);
        TemplateInstance page = receipt.data("lang", language.code()).setLocale(language.locale())
                .data("receiptNumber", payment.receiptNumber)
                .data("merchantName", merchant.name).data("agency", payment.agency)
                .data("amount", PageFormat.ringgit(payment.amountSen)).data("billReference", payment.billReference)
                .data("description", payment.description).data("method", payment.method.name())
                .data("paidAt", PageFormat.malaysiaTime(payment.completedAt)).data("status", payment.status.name());
        return withLanguage(Response.ok(page), lang, language).build();
    }

    @GET
    @Path("/receipt.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The official e-receipt as PDF")
    @APIResponse(responseCode = "200", description = "PDF receipt", content = @Content(mediaType = "application/pdf"))
    public Response receiptPdf(@PathParam("paymentId") UUID paymentId) {
        Payment payment = payments.get(paymentId);
        if (!PaymentStateMachine.wasCaptured(payment.status)) {
            throw ProblemException.notFound("receipt for payment", paymentId);
        }
        Merchant merchant = Merchant.findById(payment.merchantId);
        byte[] pdf = ReceiptPdf.render("Resit Rasmi / Official Receipt", List.of(
                new String[] {"No. resit / Receipt no.", payment.receiptNumber},
                new String[] {"Agensi / Agency", payment.agency + " - " + merchant.name},
                new String[] {"Jumlah / Amount", PageFormat.ringgit(payment.amountSen)},
                new String[] {"Rujukan bil / Bill ref.", payment.billReference},
                new String[] {"Keterangan / Description", payment.description},
                new String[] {"Kaedah / Method", payment.method.name()},
                new String[] {"Dibayar / Paid (MYT)", PageFormat.malaysiaTime(payment.completedAt)},
                new String[] {"Status", payment.status.name()},
                new String[] {"ID bayaran / Payment ID", payment.id.toString()}),
                "MyGov Bayar - resit dijana komputer / computer-generated receipt");
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + payment.receiptNumber + ".pdf\"").build();
    }

    private TemplateInstance payPage(Payment payment, PageLanguage language, String error) {
        Merchant merchant = Merchant.findById(payment.merchantId);
        Trustmark trustmark = Trustmark.findById(merchant.trustmarkId);
        List<Map<String, Object>> banks = new ArrayList<>();
        for (PaymentMethod method : payment.methods()) {
            acquirer.banks(method).forEach(b -> banks.add(Map.of("code", b.code(), "name", b.name(), "online", b.online())));
        }
        return pay.data("lang", language.code()).setLocale(language.locale()).data("error", error)
                .data("paymentId", payment.id).data("merchantName", merchant.name).data("agency", payment.agency)
                .data("amount", PageFormat.ringgit(payment.amountSen)).data("billReference", payment.billReference)
                .data("description", payment.description).data("expiresAt", PageFormat.malaysiaTime(payment.expiresAt))
                .data("certificateNumber", trustmark.certificateNumber)
                .data("methods", payment.methods().stream().map(Enum::name).toList())
                .data("banks", banks);
    }

    /** A citizen who pays while signed in to the SSO makes the payment theirs; an anonymous payer claims nothing. */
    private Optional<String> signedInCitizen() {
        return !caller.isAnonymous() && caller.hasRole("citizen") ? Optional.of(caller.subject()) : Optional.empty();
    }

    private static PaymentMethod parse(String method) {
        try {
            return PaymentMethod.valueOf(method);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid("method", "choose a payment method");
        }
    }

    private static Response.ResponseBuilder withLanguage(Response.ResponseBuilder builder, String asked, PageLanguage language) {
        PageLanguage.remembered(asked).ifPresent(builder::cookie);
        return builder.header(HttpHeaders.CONTENT_LANGUAGE, language.code());
    }
}
