package my.gov.platform.identity.authorize;

import io.quarkus.qute.Template;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.pages.PageLanguage;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.pages.PageText;
import my.gov.platform.identity.signin.SessionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** RP-initiated logout (OIDC RP-Initiated Logout 1.0): ends the provider session of this browser. */
@Path("/logout")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
public class LogoutResource {
    private final SessionService sessions;
    private final BackChannelLogout backChannel;
    private final Template message;
    private final boolean secureCookies;

    LogoutResource(SessionService sessions, BackChannelLogout backChannel, Template message, IdentityConfig config) {
        this.sessions = sessions;
        this.backChannel = backChannel;
        this.message = message;
        this.secureCookies = config.issuer().startsWith("https:");
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "RP-initiated logout (OIDC RP-Initiated Logout 1.0)",
            description = "Ends the provider session. post_logout_redirect_uri must be one of the client's registered redirect URIs; client_id names the client.")
    @APIResponse(responseCode = "303", description = "Back to the client's post-logout redirect URI")
    @APIResponse(responseCode = "200", description = "Signed-out page")
    public Response logout(@QueryParam("client_id") String clientId,
                           @QueryParam("post_logout_redirect_uri") String postLogoutRedirectUri,
                           @QueryParam("state") String state, @QueryParam("lang") String lang,
                           @CookieParam(SessionService.COOKIE) String sessionCookie,
                           @HeaderParam("Accept-Language") String acceptLanguage) {
        sessions.current(sessionCookie).ifPresent(s -> {
            sessions.end(s);
            backChannel.sessionEnded(s.id, s.accountId);
        });
        NewCookie cleared = new NewCookie.Builder(SessionService.COOKIE).value("").path("/").maxAge(0)
                .httpOnly(true).secure(secureCookies).sameSite(NewCookie.SameSite.LAX).build();
        boolean registered = clientId != null && postLogoutRedirectUri != null && OAuthClient.byClientId(clientId)
                .filter(c -> c.redirectUris.contains(postLogoutRedirectUri)).isPresent();
        if (registered) {
            Map<String, String> params = new HashMap<>();
            params.put("state", state);
            URI target = state == null ? URI.create(postLogoutRedirectUri) : RedirectUris.with(postLogoutRedirectUri, params);
            return Response.seeOther(target).cookie(cleared).build();
        }
        PageLanguage language = PageLanguage.resolve(lang, null, acceptLanguage);
        Map<String, String> text = PageText.of(language);
        return Response.ok(PageSupport.page(message, language, "/logout?lang=").data("heading", text.get("signedOutTitle"))
                .data("body", text.get("signedOutIntro"))).cookie(cleared).build();
    }
}
