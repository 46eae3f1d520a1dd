package my.gov.platform.identity.authorize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.pages.PageMessages;
import my.gov.platform.identity.problems.IdentityProblem;
import my.gov.platform.identity.signin.SessionService;
import my.gov.platform.identity.signin.SignInService;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What every step of the browser sign-in shares: the pending request a posted form belongs to (or the refusal), the
 * redirect an authorization outcome leads to, the error page, and the session started when the last step passes.
 */
@ApplicationScoped
class BrowserFlow {
    private final AuthorizationService authorizations;
    private final SessionService sessions;
    private final SignInService signIns;
    private final Template message;
    private final boolean secureCookies;

    BrowserFlow(AuthorizationService authorizations, SessionService sessions, SignInService signIns, Template message,
                IdentityConfig config) {
        this.authorizations = authorizations;
        this.sessions = sessions;
        this.signIns = signIns;
        this.message = message;
        this.secureCookies = config.issuer().startsWith("https:");
    }

    NewCookie browserBindingCookie(String binding) {
        return BrowserBinding.cookie(binding, secureCookies);
    }

    Response startSession(AuthorizationRequest request, Account account, OAuthClient client, String acr,
                          List<String> amr, PageLanguage language) {
        SessionService.NewSession session = QuarkusTransaction.requiringNew().call(() -> {
            SessionService.NewSession created = sessions.create(account, acr, amr);
            signIns.succeeded(account, client, created.session());
            return created;
        });
        AuthorizeOutcome next = authorizations.proceed(request.id, Optional.of(session.session()));
        return Response.fromResponse(respond(next, language)).cookie(sessionCookie(session.cookieValue())).build();
    }

    Response respond(AuthorizeOutcome outcome, PageLanguage language) {
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

    Optional<AuthorizationRequest> pending(FlowForm form) {
        return form.request() == null ? Optional.empty() : authorizations.pending(form.request(), form.csrf(), form.browserCookie());
    }

    /**
     * A posted form that does not belong to a pending request of this browser. An unknown or expired request is 400; a
     * known one with the wrong token or from another browser (login CSRF) is 403: a page saying to start again from the
     * service for a browser, a problem for an API caller.
     */
    Response refused(FlowForm form, PageLanguage language) {
        boolean known = form.request() != null && authorizations.find(form.request()).isPresent();
        if (!form.wantsPage()) {
            throw known ? new ProblemException(IdentityProblem.FORM_NOT_FROM_THIS_BROWSER,
                    "The form's token or cookie does not belong to this sign-in")
                    : ProblemException.invalid("request", "is unknown or has expired");
        }
        return known ? Response.fromResponse(errorPage(language)).status(403).build() : errorPage(language);
    }

    Response errorPage(PageLanguage language) {
        PageMessages text = PageSupport.text(language);
        return Response.status(400).type(MediaType.TEXT_HTML)
                .entity(PageSupport.page(message, language, "?lang=").data("heading", text.errorTitle()).data("body", text.errorIntro()))
                .build();
    }

    private NewCookie sessionCookie(String value) {
        return new NewCookie.Builder(SessionService.COOKIE).value(value).path("/")
                .maxAge((int) sessions.absoluteTimeout().toSeconds())
                .httpOnly(true).secure(secureCookies).sameSite(NewCookie.SameSite.LAX).build();
    }

    static Response withLanguageCookie(Response.ResponseBuilder response, String lang) {
        return PageSupport.rememberLanguage(response, lang).build();
    }

    static String clientName(String clientId) {
        return OAuthClient.byClientId(clientId).map(c -> c.name).orElse(clientId);
    }
}
