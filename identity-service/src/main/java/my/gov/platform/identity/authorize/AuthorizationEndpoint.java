package my.gov.platform.identity.authorize;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.identity.signin.SessionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.Map;

/** The authorization endpoint: where a relying party sends the browser, and where each step of the browser flow leads next. */
@Path("/")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class AuthorizationEndpoint {
    private final AuthorizationService authorizations;
    private final SessionService sessions;
    private final BrowserFlow flow;

    AuthorizationEndpoint(AuthorizationService authorizations, SessionService sessions, BrowserFlow flow) {
        this.authorizations = authorizations;
        this.sessions = sessions;
        this.flow = flow;
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
        Response next = flow.respond(authorizations.start(params, sessions.current(sessionCookie), binding), language);
        return binding.equals(browserCookie) ? next
                : Response.fromResponse(next).cookie(flow.browserBindingCookie(binding)).build();
    }
}
