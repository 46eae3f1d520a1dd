package my.gov.platform.identity.authorize;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.commons.security.assurance.LevelOfAssurance;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.mfa.MfaService;
import my.gov.platform.identity.mfa.SecondFactorThrottled;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.pages.PageMessages;
import my.gov.platform.identity.passkeys.Passkeys;
import my.gov.platform.identity.signin.SignInService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The second step after a correct password: an authenticator code, a recovery code, or a security key. */
@Path("/")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class SecondFactorPage {
    private final AuthorizationService authorizations;
    private final SignInService signIns;
    private final MfaService mfa;
    private final Passkeys passkeys;
    private final Template mfaTemplate;
    private final BrowserFlow flow;

    SecondFactorPage(AuthorizationService authorizations, SignInService signIns, MfaService mfa, Passkeys passkeys,
                     @Location("mfa.html") Template mfaTemplate, BrowserFlow flow) {
        this.authorizations = authorizations;
        this.signIns = signIns;
        this.mfa = mfa;
        this.passkeys = passkeys;
        this.mfaTemplate = mfaTemplate;
        this.flow = flow;
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
            return flow.errorPage(language);
        }
        return BrowserFlow.withLanguageCookie(Response.ok(mfaForm(request.get(), language, null)), lang);
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
        Optional<AuthorizationRequest> request = flow.pending(form).filter(r -> r.passwordVerifiedAccount != null);
        if (request.isEmpty()) {
            return flow.refused(form, language);
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
        return flow.startSession(request.get(), account, client, LevelOfAssurance.SECOND_FACTOR, List.of("pwd", method.get()), language);
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

    private TemplateInstance mfaForm(AuthorizationRequest request, PageLanguage language, String error) {
        return PageSupport.page(mfaTemplate, language, "/mfa?request=" + request.id + "&lang=")
                .data("requestId", request.id)
                .data("csrf", request.csrfToken)
                .data("passkey", passkeys.startSignIn(request.passwordVerifiedAccount).orElse(null))
                .data("error", error);
    }
}
