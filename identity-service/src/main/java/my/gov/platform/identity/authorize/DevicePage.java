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
import my.gov.platform.identity.devices.DeviceChallenge;
import my.gov.platform.identity.devices.DeviceService;
import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.identity.pages.PageSupport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The device step (level 3): the person approves the challenge on their registered device, then continues here. */
@Path("/")
@Tag(name = "OpenID Provider", description = "Discovery, keys and OAuth 2.0 endpoints")
@RateLimited(OperationClass.PUBLIC_PAGE)
public class DevicePage {
    private final AuthorizationService authorizations;
    private final DeviceService devices;
    private final Template deviceTemplate;
    private final BrowserFlow flow;

    DevicePage(AuthorizationService authorizations, DeviceService devices, @Location("device.html") Template deviceTemplate,
               BrowserFlow flow) {
        this.authorizations = authorizations;
        this.devices = devices;
        this.deviceTemplate = deviceTemplate;
        this.flow = flow;
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
            return flow.errorPage(language);
        }
        return BrowserFlow.withLanguageCookie(Response.ok(deviceForm(request.get(), challenge.get(), language, null)), lang);
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
                : flow.pending(form).filter(r -> r.passwordVerifiedAccount != null);
        if (request.isEmpty()) {
            return flow.refused(form, language);
        }
        Optional<UUID> approved = devices.consumeApproval(challengeId, form.request())
                .filter(accountId -> accountId.equals(request.get().passwordVerifiedAccount));
        if (approved.isEmpty()) {
            DeviceChallenge challenge = devices.find(challengeId).orElseThrow();
            return Response.ok(deviceForm(request.get(), challenge, language, PageSupport.text(language).devicePending())).build();
        }
        Account account = Account.findById(approved.get());
        OAuthClient client = OAuthClient.byClientId(request.get().clientId).orElseThrow();
        return flow.startSession(request.get(), account, client, LevelOfAssurance.DEVICE, List.of("pwd", "hwk"), language);
    }

    private TemplateInstance deviceForm(AuthorizationRequest request, DeviceChallenge challenge, PageLanguage language,
                                        String error) {
        return PageSupport.page(deviceTemplate, language, "/device?request=" + request.id + "&challenge=" + challenge.id + "&lang=")
                .data("requestId", request.id)
                .data("csrf", request.csrfToken)
                .data("challengeId", challenge.id)
                .data("challengeCode", challenge.challenge)
                .data("error", error);
    }
}
