package my.gov.platform.identity.signup;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import jakarta.ws.rs.core.UriBuilder;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.identity.accounts.AccountKind;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.accounts.AccountStatus;
import my.gov.platform.identity.accounts.RegisterAccountRequest;
import my.gov.platform.identity.accounts.SignUpAdmission;
import my.gov.platform.identity.accounts.VerificationChannel;
import my.gov.platform.identity.accounts.VerifyAccountRequest;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.commons.web.FormCsrf;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.pages.PageMessages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Sign-up and verification pages: the same rules as the account API (MyKad checks, official e-mail
 * for civil servants, password policy, the sign-up queue), server-rendered and without JavaScript.
 */
@Path("/")
@Tag(name = "Pages", description = "Pages a person sees")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class SignUpPages {
    private final Template signup;
    private final Template verify;
    private final Template message;
    private final AccountService accounts;
    private final SignUpAdmission admission;
    private final Validator validator;
    private final boolean secureCookies;

    SignUpPages(@Location("signup.html") Template signup, @Location("verify.html") Template verify, Template message,
                AccountService accounts, SignUpAdmission admission, Validator validator, IdentityConfig config) {
        this.signup = signup;
        this.verify = verify;
        this.message = message;
        this.accounts = accounts;
        this.admission = admission;
        this.validator = validator;
        this.secureCookies = config.issuer().startsWith("https:");
    }

    /** What the person typed, shown again with the errors; {@code kind} is an {@link AccountKind} name. */
    public record SignUpForm(String kind, String fullName, String email, String phone, String mykadNumber,
                             String passportNumber, String nationality, String companyRegistrationNumber, String agency) {
        static SignUpForm empty(AccountKind kind) {
            return new SignUpForm(kind.name(), "", "", "", "", "", "", "", "");
        }
    }

    /** A link to the form for one kind of account. */
    public record KindChoice(String code, String label, boolean current) {
    }

    @GET
    @Path("signup")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Sign-up page", description = "One form per kind of person: ?kind=CITIZEN (default), NON_CITIZEN, BUSINESS or CIVIL_SERVANT.")
    @APIResponse(responseCode = "200", description = "The form")
    public Response signUpPage(@QueryParam("kind") String kind, @QueryParam("lang") String lang,
                               @CookieParam(PageLanguage.COOKIE) String langCookie,
                               @HeaderParam("Accept-Language") String acceptLanguage) {
        PageLanguage language = PageLanguage.resolve(lang, langCookie, acceptLanguage);
        return signUpForm(SignUpForm.empty(kindOrCitizen(kind)), language, List.of(), lang, null);
    }

    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Submit the sign-up form")
    @APIResponse(responseCode = "303", description = "Registered (or already registered, the same answer): on to /verify")
    @APIResponse(responseCode = "200", description = "The form again with what to correct, or the sign-up queue position")
    @APIResponse(responseCode = "400", description = "The form's CSRF token does not match its cookie")
    public Response signUp(@FormParam(FormCsrf.FIELD) String csrf, @CookieParam(PageSupport.CSRF_COOKIE) String csrfCookie,
                           @FormParam("lang") String lang, @FormParam("kind") String kind,
                           @FormParam("fullName") String fullName, @FormParam("email") String email,
                           @FormParam("phone") String phone, @FormParam("password") String password,
                           @FormParam("mykadNumber") String mykadNumber, @FormParam("passportNumber") String passportNumber,
                           @FormParam("nationality") String nationality,
                           @FormParam("companyRegistrationNumber") String companyRegistrationNumber,
                           @FormParam("agency") String agency,
                           @FormParam("ticket") String ticket) {
        PageLanguage language = PageLanguage.resolve(lang, null, null);
        if (!FormCsrf.matches(csrfCookie, csrf)) {
            return expired(language);
        }
        AccountKind accountKind = kindOrCitizen(kind);
        SignUpForm typed = new SignUpForm(accountKind.name(), fullName, email, phone, mykadNumber, passportNumber, nationality,
                companyRegistrationNumber, agency);
        RegisterAccountRequest request = new RegisterAccountRequest(accountKind, blankToNull(fullName), blankToNull(email),
                blankToNull(phone), password == null ? "" : password, blankToNull(mykadNumber), blankToNull(passportNumber),
                blankToNull(nationality), blankToNull(companyRegistrationNumber), blankToNull(agency));
        List<String> errors = validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(SignUpPages::describe).toList();
        if (!errors.isEmpty()) {
            return signUpForm(typed, language, errors, null, ticket);
        }
        try {
            admission.admit(ticket, () -> accounts.register(request));
        } catch (ProblemException refused) {
            // A queued person sends the form again with the ticket, and keeps the place in the queue.
            Object queued = refused.extensions().get("ticket");
            return signUpForm(typed, language, describe(refused), null, queued == null ? null : queued.toString());
        }
        String loginId = accountKind == AccountKind.CITIZEN ? mykadNumber.trim() : email.trim();
        return Response.seeOther(UriBuilder.fromPath("/verify").queryParam("loginId", loginId)
                .queryParam("lang", language.code()).build()).build();
    }

    @GET
    @Path("verify")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Verification page: the one-time code sent by e-mail or SMS")
    @APIResponse(responseCode = "200", description = "The form")
    public Response verifyPage(@QueryParam("loginId") String loginId, @QueryParam("lang") String lang,
                               @CookieParam(PageLanguage.COOKIE) String langCookie,
                               @HeaderParam("Accept-Language") String acceptLanguage) {
        PageLanguage language = PageLanguage.resolve(lang, langCookie, acceptLanguage);
        return verifyForm(loginId == null ? "" : loginId, language, null, lang);
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Submit a verification code")
    @APIResponse(responseCode = "200", description = "Verified (the account is active once its e-mail is), or the form again with an error")
    @APIResponse(responseCode = "400", description = "The form's CSRF token does not match its cookie")
    public Response verifyCode(@FormParam(FormCsrf.FIELD) String csrf, @CookieParam(PageSupport.CSRF_COOKIE) String csrfCookie,
                               @FormParam("lang") String lang, @FormParam("loginId") String loginId,
                               @FormParam("channel") String channel, @FormParam("code") String code) {
        PageLanguage language = PageLanguage.resolve(lang, null, null);
        if (!FormCsrf.matches(csrfCookie, csrf)) {
            return expired(language);
        }
        PageMessages text = PageSupport.text(language);
        VerifyAccountRequest request = new VerifyAccountRequest(loginId == null ? "" : loginId.trim(),
                "PHONE".equals(channel) ? VerificationChannel.PHONE : VerificationChannel.EMAIL, code == null ? "" : code.trim());
        if (!validator.validate(request).isEmpty()) {
            return verifyForm(request.loginId(), language, text.verifyFailed(), null);
        }
        try {
            AccountStatus status = accounts.verify(request);
            String body = status == AccountStatus.ACTIVE ? text.verifiedActive() : text.verifiedPending();
            return Response.ok(PageSupport.page(message, language, "/verify?loginId=" + urlEncoded(request.loginId()) + "&lang=")
                    .data("heading", text.verifiedTitle()).data("body", body)).build();
        } catch (ProblemException refused) {
            return verifyForm(request.loginId(), language, text.verifyFailed(), null);
        }
    }

    private Response signUpForm(SignUpForm form, PageLanguage language, List<String> errors, String chosenLanguage, String ticket) {
        String token = FormCsrf.newToken();
        TemplateInstance page = PageSupport.page(signup, language, "/signup?kind=" + form.kind() + "&lang=")
                .data("form", form).data("kinds", kindChoices(form.kind(), language)).data("errors", errors).data("csrf", token)
                .data("ticket", ticket);
        return PageSupport.rememberLanguage(Response.ok(page), chosenLanguage).cookie(PageSupport.CSRF.cookie(token, secureCookies)).build();
    }

    private Response verifyForm(String loginId, PageLanguage language, String error, String chosenLanguage) {
        String token = FormCsrf.newToken();
        TemplateInstance page = PageSupport.page(verify, language, "/verify?loginId=" + urlEncoded(loginId) + "&lang=")
                .data("loginId", loginId).data("error", error).data("csrf", token);
        return PageSupport.rememberLanguage(Response.ok(page), chosenLanguage).cookie(PageSupport.CSRF.cookie(token, secureCookies)).build();
    }

    private Response expired(PageLanguage language) {
        PageMessages text = PageSupport.text(language);
        return Response.status(400).type(MediaType.TEXT_HTML)
                .entity(PageSupport.page(message, language, "/signup?lang=").data("heading", text.errorTitle())
                        .data("body", text.formExpired()))
                .build();
    }

    private static List<String> describe(ProblemException refused) {
        if (refused.violations().isEmpty()) {
            return List.of(refused.getMessage());
        }
        return refused.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
    }

    private static String describe(ConstraintViolation<?> violation) {
        return violation.getPropertyPath() + ": " + violation.getMessage();
    }

    private static List<KindChoice> kindChoices(String current, PageLanguage language) {
        PageMessages text = PageSupport.text(language);
        return Arrays.stream(AccountKind.values())
                .map(k -> new KindChoice(k.name(), text.kind(k), k.name().equals(current))).toList();
    }

    private static AccountKind kindOrCitizen(String kind) {
        for (AccountKind candidate : AccountKind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        return AccountKind.CITIZEN;
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
