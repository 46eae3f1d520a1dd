package my.gov.platform.identity.authorize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.PasswordWorkBusy;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.devices.DeviceChallenge;
import my.gov.platform.identity.devices.DeviceService;
import my.gov.platform.commons.security.assurance.LevelOfAssurance;
import my.gov.platform.identity.mfa.MfaService;
import my.gov.platform.identity.mfa.SecondFactorThrottled;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.pages.PageMessages;
import my.gov.platform.identity.passkeys.Passkeys;
import my.gov.platform.identity.problems.IdentityProblem;
import my.gov.platform.identity.signin.SessionService;
import my.gov.platform.identity.signin.SignInOutcome;
import my.gov.platform.identity.signin.SignInService;
import my.gov.platform.identity.signin.UserSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The browser side of the authorization code flow: authorization endpoint, sign-in and consent
 * pages (server-rendered, usable without JavaScript, CSRF token on every form; only security keys need the small passkey.js).
 */
@Path("/")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class BrowserFlowResource {
    private final AuthorizationService authorizations;
    private final SessionService sessions;
    private final SignInService signIns;
    private final Template signin;
    private final Template consent;
    private final Template message;
    private final Template mfaTemplate;
    private final MfaService mfa;
    private final Template deviceTemplate;
    private final DeviceService devices;
    private final Passkeys passkeys;
    private final boolean secureCookies;

    BrowserFlowResource(AuthorizationService authorizations, SessionService sessions, SignInService signIns,
                        Template signin, Template consent, Template message, @Location("mfa.html") Template mfaTemplate,
                        MfaService mfa, @Location("device.html") Template deviceTemplate, DeviceService devices,
                        Passkeys passkeys, IdentityConfig config) {
        this.authorizations = authorizations;
        this.sessions = sessions;
        this.signIns = signIns;
        this.signin = signin;
        this.consent = consent;
        this.message = message;
        this.mfaTemplate = mfaTemplate;
        this.mfa = mfa;
        this.deviceTemplate = deviceTemplate;
        this.devices = devices;
        this.passkeys = passkeys;
        this.secureCookies = config.issuer().startsWith("https:");
    }

    @GET
    @Path("oauth2/authorize")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Authorization endpoint (OIDC Core §3.1.2)",
            description = "response_type=code with PKCE S256; state, nonce, prompt, max_age, login_hint. Redirects to the sign-in or consent page, or back to the client.")
    @APIResponse(responseCode = "303", description = "To the sign-in or consent page, or to the client's redirect URI with a code or an error")
    @APIResponse(responseCode = "400", description = "Unknown client or unregistered redirect URI (HTML page; never redirected)")
    public Response authorize(@Context UriInfo uri, @CookieParam(SessionService.COOKIE) String sessionCookie,
                              @CookieParam(BrowserBinding.COOKIE) String browserCookie,
                              @CookieParam(PageLanguage.COOKIE) String langCookie,
                              @HeaderParam("Accept-Language") String acceptLanguage) {
        Map<String, String> params = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> params.put(name, values.get(0)));
        PageLanguage language = PageLanguage.resolve(params.get("ui_locales"), langCookie, acceptLanguage);
        String binding = BrowserBinding.valueOrNew(browserCookie);
        Response next = respond(authorizations.start(params, sessions.current(sessionCookie), binding), language);
        return binding.equals(browserCookie) ? next
                : Response.fromResponse(next).cookie(BrowserBinding.cookie(binding, secureCookies)).build();
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
            return errorPage(language);
        }
        return withLanguageCookie(Response.ok(signInForm(request.get(), language, null)), lang);
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
        Optional<AuthorizationRequest> request = pending(form);
        if (request.isEmpty()) {
            return refused(form, language);
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
            return respond(authorizations.fail(request.get().id, "unmet_authentication_requirements",
                    "The person has no second factor for the level of assurance asked"), language);
        }
        return startSession(request.get(), outcome.account(), client, LevelOfAssurance.PASSWORD, List.of("pwd"), language);
    }

    @GET
    @Path("mfa")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Second-factor page (after a correct password)")
    @APIResponse(responseCode = "200", description = "The code form")
    @APIResponse(responseCode = "400", description = "Unknown request or password not verified")
    public Response mfaPage(@QueryParam("request") UUID requestId, @QueryParam("lang") String lang,
                            @CookieParam(PageLanguage.COOKIE) String langCookie,
                            @HeaderParam("Accept-Language") String acceptLanguage) {
        PageLanguage language = PageLanguage.resolve(lang, langCookie, acceptLanguage);
        Optional<AuthorizationRequest> request = requestId == null ? Optional.empty()
                : authorizations.find(requestId).filter(r -> r.passwordVerifiedAccount != null);
        if (request.isEmpty()) {
            return errorPage(language);
        }
        return withLanguageCookie(Response.ok(mfaForm(request.get(), language, null)), lang);
    }

    @POST
    @Path("mfa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RateLimited(OperationClass.SIGN_IN)
    @Operation(summary = "Submit the second factor (TOTP or recovery code)")
    @APIResponse(responseCode = "303", description = "Signed in at urn:mygov:loa:2: on to consent or back to the client")
    @APIResponse(responseCode = "200", description = "The form again with an error")
    @APIResponse(responseCode = "400", description = "Unknown or expired request")
    @APIResponse(responseCode = "403", description = "Wrong CSRF token, or not the browser that started the sign-in")
    @APIResponse(responseCode = "429", description = "Too many wrong codes: no code is checked until the wait is over; the form again saying how long (Retry-After), or a problem for an API caller",
            content = {@Content(mediaType = MediaType.TEXT_HTML),
                    @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))})
    public Response secondFactor(@BeanParam FlowForm form, @FormParam("code") String code) {
        return finishSecondFactor(form, account -> mfa.verifySecondFactor(account, code), PageMessages::mfaFailed);
    }

    @POST
    @Path("mfa/passkey")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RateLimited(OperationClass.SIGN_IN)
    @Operation(summary = "Submit a security key's or passkey's answer (WebAuthn assertion) as the second factor",
            description = "The page's script fills the fields from navigator.credentials.get(); binary values are base64url.")
    @APIResponse(responseCode = "303", description = "Signed in at urn:mygov:loa:2 (amr hwk): on to consent or back to the client")
    @APIResponse(responseCode = "200", description = "The second-factor page again with an error")
    @APIResponse(responseCode = "400", description = "Unknown or expired request")
    @APIResponse(responseCode = "403", description = "Wrong CSRF token, or not the browser that started the sign-in")
    public Response passkeySecondFactor(@BeanParam FlowForm form, @FormParam("challengeId") UUID challengeId,
                                        @FormParam("credentialId") String credentialId,
                                        @FormParam("clientDataJSON") String clientDataJson,
                                        @FormParam("authenticatorData") String authenticatorData,
                                        @FormParam("signature") String signature) {
        Passkeys.SignInAnswer answer = new Passkeys.SignInAnswer(challengeId, credentialId, clientDataJson, authenticatorData, signature);
        return finishSecondFactor(form, account -> passkeys.verifySignIn(account, answer), PageMessages::passkeyFailed);
    }

    /**
     * The second step after a correct password, whichever factor: the session at level 2 with the
     * factor's method in {@code amr}, or the page again with the factor's failure text (audited).
     */
    private Response finishSecondFactor(FlowForm form, Function<UUID, Optional<String>> verify, Function<PageMessages, String> failureText) {
        PageLanguage language = PageLanguage.resolve(form.lang(), null, null);
        Optional<AuthorizationRequest> request = pending(form).filter(r -> r.passwordVerifiedAccount != null);
        if (request.isEmpty()) {
            return refused(form, language);
        }
        Optional<String> method;
        try {
            method = verify.apply(request.get().passwordVerifiedAccount);
        } catch (SecondFactorThrottled throttled) {
            return tooManyCodes(request.get(), form, language, throttled);
        }
        OAuthClient client = OAuthClient.byClientId(request.get().clientId).orElseThrow();
        Account account = Account.findById(request.get().passwordVerifiedAccount);
        if (method.isEmpty()) {
            signIns.secondFactorFailed(account, client);
            return Response.ok(mfaForm(request.get(), language, failureText.apply(PageSupport.text(language)))).build();
        }
        return startSession(request.get(), account, client, LevelOfAssurance.SECOND_FACTOR, List.of("pwd", method.get()), language);
    }

    @GET
    @Path("device")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Device-approval page: the challenge the app must sign")
    @APIResponse(responseCode = "200", description = "The challenge and a continue button")
    @APIResponse(responseCode = "400", description = "Unknown request or challenge")
    public Response devicePage(@QueryParam("request") UUID requestId, @QueryParam("challenge") UUID challengeId,
                               @QueryParam("lang") String lang, @CookieParam(PageLanguage.COOKIE) String langCookie,
                               @HeaderParam("Accept-Language") String acceptLanguage) {
        PageLanguage language = PageLanguage.resolve(lang, langCookie, acceptLanguage);
        Optional<AuthorizationRequest> request = requestId == null ? Optional.empty() : authorizations.find(requestId);
        Optional<DeviceChallenge> challenge = challengeId == null ? Optional.empty() : devices.find(challengeId)
                .filter(c -> request.isPresent() && c.requestId.equals(request.get().id));
        if (challenge.isEmpty()) {
            return errorPage(language);
        }
        return withLanguageCookie(Response.ok(deviceForm(request.get(), challenge.get(), language, null)), lang);
    }

    @POST
    @Path("device")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Continue after approving on the device")
    @APIResponse(responseCode = "303", description = "Signed in at urn:mygov:loa:3: on to consent or back to the client")
    @APIResponse(responseCode = "200", description = "Not approved yet: the page again")
    @APIResponse(responseCode = "400", description = "Unknown or expired request")
    @APIResponse(responseCode = "403", description = "Wrong CSRF token, or not the browser that started the sign-in")
    public Response deviceApproved(@BeanParam FlowForm form, @FormParam("challenge") UUID challengeId) {
        PageLanguage language = PageLanguage.resolve(form.lang(), null, null);
        Optional<AuthorizationRequest> request = challengeId == null ? Optional.empty()
                : pending(form).filter(r -> r.passwordVerifiedAccount != null);
        if (request.isEmpty()) {
            return refused(form, language);
        }
        Optional<UUID> approved = devices.consumeApproval(challengeId, form.request())
                .filter(accountId -> accountId.equals(request.get().passwordVerifiedAccount));
        if (approved.isEmpty()) {
            DeviceChallenge challenge = devices.find(challengeId).orElseThrow();
            return Response.ok(deviceForm(request.get(), challenge, language, PageSupport.text(language).devicePending())).build();
        }
        Account account = Account.findById(approved.get());
        OAuthClient client = OAuthClient.byClientId(request.get().clientId).orElseThrow();
        return startSession(request.get(), account, client, LevelOfAssurance.DEVICE, List.of("pwd", "hwk"), language);
    }

    /** 429 with Retry-After: the page says how long to wait (in the person's language), an API caller gets the problem. */
    private Response tooManyCodes(AuthorizationRequest request, FlowForm form, PageLanguage language, SecondFactorThrottled throttled) {
        if (!form.wantsPage()) {
            throw throttled;
        }
        PageMessages text = PageSupport.text(language);
        String error = text.mfaThrottled(PageSupport.waitFor(text, throttled.retryAfterSeconds()));
        return Response.status(429).header("Retry-After", throttled.retryAfterSeconds())
                .entity(mfaForm(request, language, error)).build();
    }

    private Response deviceStep(AuthorizationRequest request, Account account, PageLanguage language) {
        if (!devices.hasDevice(account.id)) {
            return respond(authorizations.fail(request.id, "unmet_authentication_requirements",
                    "The person has no registered device for the level of assurance asked"), language);
        }
        authorizations.passwordVerified(request.id, account.id);
        DeviceChallenge challenge = devices.challenge(account.id, request.id);
        return Response.seeOther(URI.create("/device?request=" + request.id + "&challenge=" + challenge.id
                + "&lang=" + language.code())).build();
    }

    private TemplateInstance deviceForm(AuthorizationRequest request, DeviceChallenge challenge, PageLanguage language,
                                        String error) {
        return page(deviceTemplate, language, "/device?request=" + request.id + "&challenge=" + challenge.id + "&lang=")
                .data("requestId", request.id)
                .data("csrf", request.csrfToken)
                .data("challengeId", challenge.id)
                .data("challengeCode", challenge.challenge)
                .data("error", error);
    }

    private Response startSession(AuthorizationRequest request, Account account, OAuthClient client, String acr,
                                  List<String> amr, PageLanguage language) {
        SessionService.NewSession session = QuarkusTransaction.requiringNew().call(() -> {
            SessionService.NewSession created = sessions.create(account, acr, amr);
            signIns.succeeded(account, client, created.session());
            return created;
        });
        AuthorizeOutcome next = authorizations.proceed(request.id, Optional.of(session.session()));
        return Response.fromResponse(respond(next, language)).cookie(sessionCookie(session.cookieValue())).build();
    }

    private TemplateInstance mfaForm(AuthorizationRequest request, PageLanguage language, String error) {
        return page(mfaTemplate, language, "/mfa?request=" + request.id + "&lang=")
                .data("requestId", request.id)
                .data("csrf", request.csrfToken)
                .data("passkey", passkeys.startSignIn(request.passwordVerifiedAccount).orElse(null))
                .data("error", error);
    }

    @GET
    @Path("consent")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Consent page: the scopes and claims the client asks for")
    @APIResponse(responseCode = "200", description = "The consent form")
    @APIResponse(responseCode = "400", description = "Unknown request or not signed in")
    public Response consentPage(@QueryParam("request") UUID requestId, @QueryParam("lang") String lang,
                                @CookieParam(SessionService.COOKIE) String sessionCookie,
                                @CookieParam(PageLanguage.COOKIE) String langCookie,
                                @HeaderParam("Accept-Language") String acceptLanguage) {
        PageLanguage language = PageLanguage.resolve(lang, langCookie, acceptLanguage);
        Optional<AuthorizationRequest> request = requestId == null ? Optional.empty() : authorizations.find(requestId);
        if (request.isEmpty() || sessions.current(sessionCookie).isEmpty()) {
            return errorPage(language);
        }
        AuthorizationRequest pending = request.get();
        List<String> scopes = ScopePolicy.parse(pending.scope).stream().map(PageSupport.text(language)::scope).toList();
        TemplateInstance page = page(consent, language, "/consent?request=" + pending.id + "&lang=")
                .data("clientName", clientName(pending.clientId))
                .data("scopes", scopes)
                .data("requestId", pending.id)
                .data("csrf", pending.csrfToken);
        return withLanguageCookie(Response.ok(page), lang);
    }

    @POST
    @Path("consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Submit the consent decision")
    @APIResponse(responseCode = "303", description = "Back to the client with a code, or with access_denied")
    @APIResponse(responseCode = "400", description = "Unknown or expired request, or not signed in")
    @APIResponse(responseCode = "403", description = "Wrong CSRF token, or not the browser that started the sign-in (login CSRF); nothing changes")
    public Response decide(@BeanParam FlowForm form, @FormParam("decision") String decision,
                           @CookieParam(SessionService.COOKIE) String sessionCookie) {
        PageLanguage language = PageLanguage.resolve(form.lang(), null, null);
        Optional<AuthorizationRequest> request = pending(form);
        if (request.isEmpty()) {
            return refused(form, language);
        }
        Optional<UserSession> session = sessions.current(sessionCookie);
        if (session.isEmpty()) {
            return errorPage(language);
        }
        return respond(authorizations.consent(request.get().id, session.get(), "allow".equals(decision)), language);
    }

    private Response respond(AuthorizeOutcome outcome, PageLanguage language) {
        if (outcome instanceof AuthorizeOutcome.Redirect redirect) {
            return Response.seeOther(redirect.location()).build();
        }
        if (outcome instanceof AuthorizeOutcome.SignIn signIn) {
            return Response.seeOther(URI.create("/signin?request=" + signIn.requestId() + "&lang=" + language.code())).build();
        }
        if (outcome instanceof AuthorizeOutcome.ConsentNeeded consentNeeded) {
            return Response.seeOther(URI.create("/consent?request=" + consentNeeded.requestId() + "&lang=" + language.code())).build();
        }
        return errorPage(language);
    }

    private TemplateInstance signInForm(AuthorizationRequest request, PageLanguage language, String error) {
        return page(signin, language, "/signin?request=" + request.id + "&lang=")
                .data("clientName", clientName(request.clientId))
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

    private static TemplateInstance page(Template template, PageLanguage language, String switchUrl) {
        return PageSupport.page(template, language, switchUrl);
    }

    private Optional<AuthorizationRequest> pending(FlowForm form) {
        return form.request() == null ? Optional.empty() : authorizations.pending(form.request(), form.csrf(), form.browserCookie());
    }

    /**
     * A posted form that does not belong to a pending request of this browser. An unknown or expired request is 400; a
     * known one with the wrong token or from another browser (login CSRF) is 403: a page saying to start again from the
     * service for a browser, a problem for an API caller.
     */
    private Response refused(FlowForm form, PageLanguage language) {
        boolean known = form.request() != null && authorizations.find(form.request()).isPresent();
        if (!form.wantsPage()) {
            throw known ? new ProblemException(IdentityProblem.FORM_NOT_FROM_THIS_BROWSER,
                    "The form's token or cookie does not belong to this sign-in")
                    : ProblemException.invalid("request", "is unknown or has expired");
        }
        return known ? Response.fromResponse(errorPage(language)).status(403).build() : errorPage(language);
    }

    private Response errorPage(PageLanguage language) {
        PageMessages text = PageSupport.text(language);
        return Response.status(400).type(MediaType.TEXT_HTML)
                .entity(page(message, language, "?lang=").data("heading", text.errorTitle()).data("body", text.errorIntro()))
                .build();
    }

    private NewCookie sessionCookie(String value) {
        return new NewCookie.Builder(SessionService.COOKIE).value(value).path("/")
                .maxAge((int) sessions.absoluteTimeout().toSeconds())
                .httpOnly(true).secure(secureCookies).sameSite(NewCookie.SameSite.LAX).build();
    }

    private static Response withLanguageCookie(Response.ResponseBuilder response, String lang) {
        return PageSupport.rememberLanguage(response, lang).build();
    }

    private static String clientName(String clientId) {
        return OAuthClient.byClientId(clientId).map(c -> c.name).orElse(clientId);
    }
}
