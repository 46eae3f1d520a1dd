package my.gov.platform.identity.authorize;

import com.nimbusds.jwt.JWTClaimsSet;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.commons.web.FormCsrf;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.pages.PageMessages;
import my.gov.platform.identity.pages.SignedInForm;
import my.gov.platform.identity.signin.SessionService;
import my.gov.platform.identity.signin.UserSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * RP-initiated logout (OIDC RP-Initiated Logout 1.0): ends the provider session of this browser. A GET ends it only
 * with an {@code id_token_hint} we signed for the signed-in person; otherwise the person confirms with a form bound
 * to this browser (the double-submit cookie of every page), so a link or image on another site cannot sign anyone out.
 */
@Path("/logout")
@RateLimited(OperationClass.PUBLIC_PAGE)
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
public class LogoutResource {
    private final SessionService sessions;
    private final BackChannelLogout backChannel;
    private final IdTokenHints hints;
    private final Template message;
    private final Template confirmation;
    private final boolean secureCookies;

    LogoutResource(SessionService sessions, BackChannelLogout backChannel, IdTokenHints hints, Template message,
                   @Location("logout.html") Template confirmation, IdentityConfig config) {
        this.sessions = sessions;
        this.backChannel = backChannel;
        this.hints = hints;
        this.message = message;
        this.confirmation = confirmation;
        this.secureCookies = config.issuer().startsWith("https:");
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "RP-initiated logout (OIDC RP-Initiated Logout 1.0)",
            description = "With an id_token_hint signed by this provider for the signed-in person (expired ones too), ends the provider session at once; "
                    + "otherwise shows a confirmation form that ends it by POST. post_logout_redirect_uri must be one of the client's registered "
                    + "redirect URIs; the client is client_id or the hint's audience.")
    @APIResponse(responseCode = "303", description = "Signed out (or nobody was signed in): back to the client's post-logout redirect URI")
    @APIResponse(responseCode = "200", description = "The confirmation form, or the signed-out page")
    public Response logout(@QueryParam("id_token_hint") String idTokenHint, @QueryParam("client_id") String clientId,
                           @QueryParam("post_logout_redirect_uri") String postLogoutRedirectUri,
                           @QueryParam("state") String state, @QueryParam("lang") String lang,
                           @QueryParam("ui_locales") String uiLocales,
                           @CookieParam(SessionService.COOKIE) String sessionCookie,
                           @CookieParam(PageLanguage.COOKIE) String langCookie,
                           @HeaderParam("Accept-Language") String acceptLanguage) {
        PageLanguage language = PageLanguage.resolve(lang != null ? lang : uiLocales, langCookie, acceptLanguage);
        Optional<JWTClaimsSet> hint = hints.verify(idTokenHint)
                .filter(claims -> clientId == null || claims.getAudience().contains(clientId));
        String client = clientId != null ? clientId : hint.map(claims -> claims.getAudience().get(0)).orElse(null);
        Optional<UserSession> session = sessions.current(sessionCookie);
        if (session.isEmpty()) {
            return signedOut(client, postLogoutRedirectUri, state, language);
        }
        if (hint.isPresent() && session.get().accountId.toString().equals(hint.get().getSubject())) {
            end(session.get());
            return signedOut(client, postLogoutRedirectUri, state, language);
        }
        String csrf = FormCsrf.newToken();
        return Response.ok(PageSupport.page(confirmation, language, "/logout?lang=")
                        .data("csrf", csrf).data("clientId", client).data("postLogoutRedirectUri", postLogoutRedirectUri)
                        .data("state", state))
                .cookie(PageSupport.CSRF.cookie(csrf, secureCookies)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Confirm signing out (the confirmation form, or the account page's sign-out button)")
    @APIResponse(responseCode = "303", description = "Signed out: back to the client's post-logout redirect URI")
    @APIResponse(responseCode = "200", description = "Signed-out page")
    @APIResponse(responseCode = "403", description = "The form's CSRF token does not match its cookie: nothing ends")
    public Response confirm(@BeanParam SignedInForm form, @FormParam("client_id") String clientId,
                            @FormParam("post_logout_redirect_uri") String postLogoutRedirectUri, @FormParam("state") String state) {
        PageLanguage language = PageLanguage.resolve(form.lang(), null, null);
        if (!form.csrfMatches()) {
            PageMessages text = PageSupport.text(language);
            return Response.status(403).entity(PageSupport.page(message, language, "/logout?lang=")
                    .data("heading", text.errorTitle()).data("body", text.formExpired())).build();
        }
        sessions.current(form.sessionCookie()).ifPresent(this::end);
        return signedOut(clientId, postLogoutRedirectUri, state, language);
    }

    /** Ends the session: its refresh tokens and unredeemed codes with it, and the clients that got codes in it are told. */
    private void end(UserSession session) {
        sessions.end(session);
        backChannel.sessionEnded(session.id, session.accountId);
    }

    private Response signedOut(String clientId, String postLogoutRedirectUri, String state, PageLanguage language) {
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
        PageMessages text = PageSupport.text(language);
        return Response.ok(PageSupport.page(message, language, "/logout?lang=").data("heading", text.signedOutTitle())
                .data("body", text.signedOutIntro())).cookie(cleared).build();
    }
}
