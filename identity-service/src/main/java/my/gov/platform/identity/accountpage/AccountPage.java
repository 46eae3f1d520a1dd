package my.gov.platform.identity.accountpage;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
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
import my.gov.platform.commons.ratelimit.OperationClass;
import my.gov.platform.commons.ratelimit.RateLimited;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.authorize.Consents;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.devices.Device;
import my.gov.platform.commons.security.assurance.LevelOfAssurance;
import my.gov.platform.identity.mfa.TotpCredential;
import my.gov.platform.commons.web.FormCsrf;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.identity.pages.PageSupport;
import my.gov.platform.identity.pages.PageMessages;
import my.gov.platform.identity.pages.SignedInForm;
import my.gov.platform.identity.passkeys.Passkeys;
import my.gov.platform.identity.securityevents.SecurityEvent;
import my.gov.platform.identity.securityevents.SecurityEvents;
import my.gov.platform.identity.signin.SessionService;
import my.gov.platform.identity.signin.UserSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The person's account page: their sessions, second factors, devices, consents and recent security
 * events, with the means to end a session, remove a security key and withdraw a consent. It rides
 * on the single sign-on session; without one it sends the person through the authorization endpoint.
 */
@Path(AccountPage.PATH)
@Tag(name = "Pages", description = "Pages a person sees")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class AccountPage {
    static final String PATH = "/account";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm").withZone(ZoneId.of("Asia/Kuala_Lumpur"));
    private static final int EVENTS_SHOWN = 20;

    @TemplateData
    public record SessionRow(UUID id, String since, String lastSeen, int level, String methods, boolean current) {
    }

    @TemplateData
    public record Row(String id, String name, String detail) {
    }

    private final Template account;
    private final SessionService sessions;
    private final Consents consents;
    private final Passkeys passkeys;
    private final SecurityEvents securityEvents;
    private final AccountPageClient client;
    private final boolean secureCookies;

    AccountPage(@Location("account.html") Template account, SessionService sessions, Consents consents, Passkeys passkeys,
                SecurityEvents securityEvents, AccountPageClient client, IdentityConfig config) {
        this.account = account;
        this.sessions = sessions;
        this.consents = consents;
        this.passkeys = passkeys;
        this.securityEvents = securityEvents;
        this.client = client;
        this.secureCookies = config.issuer().startsWith("https:");
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Account page", description = "Needs the single sign-on session; without one, a 303 to the authorization endpoint as the built-in mygov-account client.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "303", description = "Not signed in: on to sign-in")
    public Response page(@CookieParam(SessionService.COOKIE) String sessionCookie, @QueryParam("lang") String lang,
                         @CookieParam(PageLanguage.COOKIE) String langCookie, @HeaderParam("Accept-Language") String acceptLanguage) {
        PageLanguage language = PageLanguage.resolve(lang, langCookie, acceptLanguage);
        Optional<UserSession> session = sessions.current(sessionCookie);
        if (session.isEmpty()) {
            return Response.seeOther(client.signIn(PATH, language, null)).build();
        }
        String csrf = FormCsrf.newToken();
        return PageSupport.rememberLanguage(Response.ok(render(session.get(), language, csrf)), lang)
                .cookie(PageSupport.CSRF.cookie(csrf, secureCookies)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/sessions/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "End one of my sessions (another browser, or this one)")
    @APIResponse(responseCode = "303", description = "Back to the account page")
    @APIResponse(responseCode = "400", description = "Not signed in, or the form's CSRF token does not match its cookie")
    public Response endSession(@PathParam("id") UUID id, @BeanParam SignedInForm form) {
        return act(form, accountId -> sessions.endOwn(accountId, id));
    }

    @POST
    @Path("/consents/{clientId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Withdraw my consent for a client")
    @APIResponse(responseCode = "303", description = "Back to the account page")
    @APIResponse(responseCode = "400", description = "Not signed in, or the form's CSRF token does not match its cookie")
    public Response withdrawConsent(@PathParam("clientId") String clientId, @BeanParam SignedInForm form) {
        return act(form, accountId -> consents.revoke(accountId, clientId));
    }

    @POST
    @Path("/passkeys/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Remove one of my security keys or passkeys")
    @APIResponse(responseCode = "303", description = "Back to the account page")
    @APIResponse(responseCode = "400", description = "Not signed in, or the form's CSRF token does not match its cookie")
    public Response removePasskey(@PathParam("id") String id, @BeanParam SignedInForm form) {
        return act(form, accountId -> passkeys.remove(accountId, id));
    }

    private Response act(SignedInForm form, Consumer<UUID> action) {
        Optional<UserSession> session = sessions.current(form.sessionCookie());
        if (session.isEmpty() || !form.csrfMatches()) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity("Sign in again and retry from the account page").build();
        }
        action.accept(session.get().accountId);
        return Response.seeOther(UriBuilder.fromPath(PATH).queryParam("lang", PageLanguage.resolve(form.lang(), null, null).code()).build())
                .build();
    }

    private TemplateInstance render(UserSession current, PageLanguage language, String csrf) {
        PageMessages text = PageSupport.text(language);
        UUID accountId = current.accountId;
        Account person = Account.findById(accountId);
        Instant now = Instant.now();
        List<SessionRow> liveSessions = UserSession.<UserSession>list("accountId = ?1 and endedAt is null and expiresAt > ?2 order by authTime desc",
                        accountId, now).stream()
                .map(s -> new SessionRow(s.id, SHOWN.format(s.authTime), SHOWN.format(s.lastSeenAt), LevelOfAssurance.level(s.acr),
                        String.join(", ", s.amr), s.id.equals(current.id)))
                .toList();
        TotpCredential totp = TotpCredential.findById(accountId);
        List<Row> keys = passkeys.list(accountId).stream()
                .map(k -> new Row(k.id(), k.label(), SHOWN.format(k.createdAt()))).toList();
        List<Row> devices = Device.<Device>list("accountId = ?1 and revokedAt is null order by createdAt", accountId).stream()
                .map(d -> new Row(d.id.toString(), d.name, SHOWN.format(d.createdAt))).toList();
        List<Row> consentRows = consents.of(accountId).stream()
                .map(c -> new Row(c.clientId(), c.clientName(), String.join(", ", c.scopes()))).toList();
        List<Row> events = securityEvents.recent(accountId, EVENTS_SHOWN).stream()
                .map(e -> new Row(e.id.toString(), text.event(e.kind), SHOWN.format(e.occurredAt)
                        + (e.detail == null ? "" : " · " + e.detail)))
                .toList();
        return PageSupport.page(account, language, PATH + "?lang=")
                .data("person", person.fullName).data("loginId", person.loginId).data("email", person.email)
                .data("sessions", liveSessions).data("totp", totp != null && totp.confirmedAt != null).data("passkeys", keys)
                .data("devices", devices).data("consents", consentRows).data("events", events).data("csrf", csrf);
    }
}
