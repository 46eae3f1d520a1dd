package my.gov.platform.identity.authorize;

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
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.signin.SessionService;
import my.gov.platform.identity.signin.UserSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The consent step: the scopes and claims the client asks for, and the person's decision. */
@Path("/")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class ConsentPage {
    private final AuthorizationService authorizations;
    private final SessionService sessions;
    private final Template consent;
    private final BrowserFlow flow;

    ConsentPage(AuthorizationService authorizations, SessionService sessions, Template consent, BrowserFlow flow) {
        this.authorizations = authorizations;
        this.sessions = sessions;
        this.consent = consent;
        this.flow = flow;
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
            return flow.errorPage(language);
        }
        AuthorizationRequest pending = request.get();
        List<String> scopes = ScopePolicy.parse(pending.scope).stream().map(PageSupport.text(language)::scope).toList();
        TemplateInstance page = PageSupport.page(consent, language, "/consent?request=" + pending.id + "&lang=")
                .data("clientName", BrowserFlow.clientName(pending.clientId))
                .data("scopes", scopes)
                .data("requestId", pending.id)
                .data("csrf", pending.csrfToken);
        return BrowserFlow.withLanguageCookie(Response.ok(page), lang);
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
        Optional<AuthorizationRequest> request = flow.pending(form);
        if (request.isEmpty()) {
            return flow.refused(form, language);
        }
        Optional<UserSession> session = sessions.current(sessionCookie);
        if (session.isEmpty()) {
            return flow.errorPage(language);
        }
        return flow.respond(authorizations.consent(request.get().id, session.get(), "allow".equals(decision)), language);
    }
}
