package my.gov.platform.identity.authorize;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.commons.security.assurance.LevelOfAssurance;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.PasswordWorkBusy;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.devices.DeviceChallenge;
import my.gov.platform.identity.devices.DeviceService;
import my.gov.platform.identity.mfa.MfaService;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.pages.PageMessages;
import my.gov.platform.identity.signin.SignInOutcome;
import my.gov.platform.identity.signin.SignInService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The password step of the browser sign-in, and where it leads: a second factor, a device, or the session. */
@Path("/")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class SignInPage {
    private final AuthorizationService authorizations;
    private final SignInService signIns;
    private final MfaService mfa;
    private final DeviceService devices;
    private final Template signin;
    private final BrowserFlow flow;

    SignInPage(AuthorizationService authorizations, SignInService signIns, MfaService mfa, DeviceService devices,
               Template signin, BrowserFlow flow) {
        this.authorizations = authorizations;
        this.signIns = signIns;
        this.mfa = mfa;
        this.devices = devices;
        this.signin = signin;
        this.flow = flow;
    }

    @GET
    @Path("signin")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Sign-in page")
    @APIResponse(responseCode = "200", description = "The sign-in form")
    @APIResponse(responseCode = "400", description = "Unknown or expired sign-in request")
    public Response signInPage(@QueryParam("request") UUID requestId, @QueryParam("lang") String lang,
                               @CookieParam(PageLanguage.COOKIE) String langCookie,
                               @HeaderParam("Accept-Language") String acceptLanguage) {
        PageLanguage language = PageLanguage.resolve(lang, langCookie, acceptLanguage);
        Optional<AuthorizationRequest> request = requestId == null ? Optional.empty() : authorizations.find(requestId);
        if (request.isEmpty()) {
            return flow.errorPage(language);
        }
        return BrowserFlow.withLanguageCookie(Response.ok(signInForm(request.get(), language, null)), lang);
    }

    @POST
    @Path("signin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RateLimited(OperationClass.SIGN_IN)
    @Operation(summary = "Submit the sign-in form")
    @APIResponse(responseCode = "303", description = "Signed in: on to consent or back to the client")
    @APIResponse(responseCode = "200", description = "The form again with an error (same message whether or not the account exists)")
    @APIResponse(responseCode = "400", description = "Unknown or expired request")
    @APIResponse(responseCode = "403", description = "Wrong CSRF token, or not the browser that started the sign-in (login CSRF); nothing changes")
    @APIResponse(responseCode = "503", description = "The form again, asking to retry: too many password checks at this moment (Retry-After)")
    public Response signIn(@BeanParam FlowForm form, @FormParam("loginId") String loginId, @FormParam("password") String password,
                           @Context HttpServerRequest http) {
        PageLanguage language = PageLanguage.resolve(form.lang(), null, null);
        Optional<AuthorizationRequest> request = flow.pending(form);
        if (request.isEmpty()) {
            return flow.refused(form, language);
        }
        OAuthClient client = OAuthClient.byClientId(request.get().clientId).orElseThrow();
        SignInOutcome outcome = signIns.signIn(loginId, password, http.remoteAddress().hostAddress(), client);
        if (outcome.result() == SignInOutcome.Result.BUSY) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", PasswordWorkBusy.RETRY_AFTER_SECONDS)
                    .entity(signInForm(request.get(), language, PageSupport.text(language).busy())).build();
        }
        if (outcome.result() != SignInOutcome.Result.SUCCESS) {
            String error = signInError(PageSupport.text(language), outcome.result());
            return Response.ok(signInForm(request.get(), language, error)).build();
        }
        if (LevelOfAssurance.required(request.get().acrValues) >= 3) {
            return deviceStep(request.get(), outcome.account(), language);
        }
        if (mfa.hasSecondFactor(outcome.account().id)) {
            authorizations.passwordVerified(request.get().id, outcome.account().id);
            return Response.seeOther(URI.create("/mfa?request=" + request.get().id + "&lang=" + language.code())).build();
        }
        if (LevelOfAssurance.required(request.get().acrValues) > 1) {
            return flow.respond(authorizations.fail(request.get().id, "unmet_authentication_requirements",
                    "The person has no second factor for the level of assurance asked"), language);
        }
        return flow.startSession(request.get(), outcome.account(), client, LevelOfAssurance.PASSWORD, List.of("pwd"), language);
    }

    private Response deviceStep(AuthorizationRequest request, Account account, PageLanguage language) {
        if (!devices.hasDevice(account.id)) {
            return flow.respond(authorizations.fail(request.id, "unmet_authentication_requirements",
                    "The person has no registered device for the level of assurance asked"), language);
        }
        authorizations.passwordVerified(request.id, account.id);
        DeviceChallenge challenge = devices.challenge(account.id, request.id);
        return Response.seeOther(URI.create("/device?request=" + request.id + "&challenge=" + challenge.id
                + "&lang=" + language.code())).build();
    }

    private TemplateInstance signInForm(AuthorizationRequest request, PageLanguage language, String error) {
        return PageSupport.page(signin, language, "/signin?request=" + request.id + "&lang=")
                .data("clientName", BrowserFlow.clientName(request.clientId))
                .data("requestId", request.id)
                .data("csrf", request.csrfToken)
                .data("loginHint", request.loginHint)
                .data("error", error);
    }

    /** The one line a refused sign-in shows: an unknown identifier and a wrong password read the same. */
    private static String signInError(PageMessages text, SignInOutcome.Result result) {
        return switch (result) {
            case THROTTLED -> text.throttled();
            case NOT_VERIFIED -> text.notVerified();
            case BUSY -> text.busy();
            default -> text.badCredentials();
        };
    }
}
