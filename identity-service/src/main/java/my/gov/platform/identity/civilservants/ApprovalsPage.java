package my.gov.platform.identity.civilservants;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.commons.web.FormCsrf;
import my.gov.platform.commons.security.assurance.LevelOfAssurance;
import my.gov.platform.identity.accountpage.AccountPageClient;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.pages.PageMessages;
import my.gov.platform.identity.pages.SignedInForm;
import my.gov.platform.identity.security.AdminCaller;
import my.gov.platform.identity.signin.SessionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The head of department's page: their agency's civil servants waiting for approval, each with an approve
 * button. It rides on the single sign-on session, which must be at {@code urn:mygov:loa:2} like the approvals API:
 * without one, or with a password-only one, it sends the person through sign-in with the second factor and back.
 */
@Path(ApprovalsPage.PATH)
@Tag(name = "Pages", description = "Pages a person sees")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class ApprovalsPage {
    static final String PATH = AccountPageClient.APPROVALS_PATH;
    private static final int SHOWN = 100;

    private final Template approvals;
    private final Template message;
    private final SessionService sessions;
    private final CivilServants civilServants;
    private final AccountPageClient signInClient;
    private final boolean secureCookies;

    ApprovalsPage(@Location("civil-servant-approvals.html") Template approvals, @Location("message.html") Template message,
                  SessionService sessions, CivilServants civilServants, AccountPageClient signInClient, IdentityConfig config) {
        this.approvals = approvals;
        this.message = message;
        this.sessions = sessions;
        this.civilServants = civilServants;
        this.signInClient = signInClient;
        this.secureCookies = config.issuer().startsWith("https:");
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Civil servant approvals page", description = "For heads of department (and platform administrators), on the single sign-on session.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "303", description = "Not signed in at urn:mygov:loa:2: on to sign-in with the second factor, then back here")
    @APIResponse(responseCode = "403", description = "Signed in, but not a head of department or platform administrator, or without a second factor to sign in with")
    public Response page(@CookieParam(SessionService.COOKIE) String sessionCookie, @QueryParam("lang") String lang,
                         @QueryParam("error") String signInError,
                         @CookieParam(PageLanguage.COOKIE) String langCookie, @HeaderParam("Accept-Language") String acceptLanguage) {
        PageLanguage language = PageLanguage.resolve(lang, langCookie, acceptLanguage);
        if (signInError != null) {
            // Back from sign-in without the level (no second factor enrolled): sending them round again would loop.
            return refusal(language, PageMessages::approvalsNeedSecondFactor);
        }
        Optional<Decider> decider = signedIn(sessionCookie);
        if (decider.isEmpty()) {
            return Response.seeOther(signInClient.signIn(PATH, language, LevelOfAssurance.SECOND_FACTOR)).build();
        }
        if (!decider.get().platformAdmin() && decider.get().headedAgency().isEmpty()) {
            return refusal(language, PageMessages::approvalsForbidden);
        }
        PageRequest first = new PageRequest();
        first.limit = SHOWN;
        String csrf = FormCsrf.newToken();
        return PageSupport.rememberLanguage(Response.ok(PageSupport.page(approvals, language, PATH + "?lang=")
                        .data("requests", civilServants.pending(first, decider.get()).items()).data("csrf", csrf)), lang)
                .cookie(PageSupport.CSRF.cookie(csrf, secureCookies)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Approve a civil servant from the approvals page")
    @APIResponse(responseCode = "303", description = "Approved; back to the approvals page")
    @APIResponse(responseCode = "400", description = "Not signed in at urn:mygov:loa:2, or the form's CSRF token does not match its cookie: nothing is approved")
    public Response approve(@PathParam("id") UUID id, @BeanParam SignedInForm form, @FormParam("agencyAdmin") boolean agencyAdmin) {
        Optional<Decider> decider = signedIn(form.sessionCookie());
        if (decider.isEmpty() || !form.csrfMatches()) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity("Sign in again and retry from the approvals page").build();
        }
        civilServants.approve(id, new ApprovalRequest(agencyAdmin ? List.of(AdminCaller.AGENCY_ADMIN) : List.of()), decider.get());
        return Response.seeOther(UriBuilder.fromPath(PATH).queryParam("lang", PageLanguage.resolve(form.lang(), null, null).code()).build())
                .build();
    }

    private Response refusal(PageLanguage language, Function<PageMessages, String> reason) {
        return Response.status(403).entity(PageSupport.page(message, language, PATH + "?lang=")
                .data("heading", PageSupport.text(language).approvalsTitle())
                .data("body", reason.apply(PageSupport.text(language)))).build();
    }

    /** The person of a session signed in with a second factor, as the approvals API requires (RFC 9470 there). */
    private Optional<Decider> signedIn(String sessionCookie) {
        return sessions.current(sessionCookie)
                .filter(session -> LevelOfAssurance.level(session.acr) >= LevelOfAssurance.level(LevelOfAssurance.SECOND_FACTOR))
                .map(session -> Decider.of(Account.<Account>findById(session.accountId)));
    }
}
