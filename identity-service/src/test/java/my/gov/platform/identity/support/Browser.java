package my.gov.platform.identity.support;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import my.gov.platform.identity.authorize.BrowserBinding;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser in the authorization code flow: follows the provider's redirects, carries the
 * session cookie and the cookie that binds its sign-ins to it, fills in the sign-in and consent forms,
 * and stops at the client's redirect URI.
 */
public final class Browser {
    private static final Pattern HIDDEN = Pattern.compile("name=\"(request|csrf)\" value=\"([^\"]+)\"");
    private String sessionCookie;
    private String bindingCookie;

    public String sessionCookie() {
        return sessionCookie;
    }

    public String bindingCookie() {
        return bindingCookie;
    }

    /** GETs a provider URL without following redirects. */
    public Response get(String url) {
        var request = given().urlEncodingEnabled(false).redirects().follow(false);
        withCookies(request);
        Response response = request.when().get(url);
        remember(response);
        return response;
    }

    public Response postForm(String path, Map<String, String> form) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParams(form);
        withCookies(request);
        Response response = request.when().post(path);
        remember(response);
        return response;
    }

    /** Signs in on the page the provider redirected to; returns the response to the form post. */
    public Response signIn(Response signInRedirect, String loginId, String password) {
        assertThat(signInRedirect.statusCode()).isEqualTo(303);
        assertThat(signInRedirect.header("Location")).contains("/signin?request=");
        Response page = get(signInRedirect.header("Location"));
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> form = hiddenFields(page.asString());
        form.put("loginId", loginId);
        form.put("password", password);
        return postForm("/signin", form);
    }

    /**
     * Opens an authorization request (code + PKCE) and reads its sign-in page: the form body that signs
     * in, ready to post to {@code /signin} by any HTTP client, for instance many at once.
     */
    public String signInFormBody(String clientId, String redirectUri, String loginId, String password) {
        String signInPage = get("/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + redirectUri
                + "&scope=openid&state=s&nonce=n&code_challenge=" + "c".repeat(43) + "&code_challenge_method=S256")
                .header("Location");
        Map<String, String> form = hiddenFields(get(signInPage).asString());
        form.put("loginId", loginId);
        form.put("password", password);
        return form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Answers the consent page the provider redirected to. */
    public Response consent(Response consentRedirect, boolean allow) {
        assertThat(consentRedirect.header("Location")).contains("/consent?request=");
        Response page = get(consentRedirect.header("Location"));
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> form = hiddenFields(page.asString());
        form.put("decision", allow ? "allow" : "deny");
        return postForm("/consent", form);
    }

    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new HashMap<>();
        Matcher matcher = HIDDEN.matcher(html);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        assertThat(fields).containsKeys("request", "csrf");
        return fields;
    }

    /** The query parameters of a redirect to the client. */
    public static Map<String, String> query(Response redirect) {
        assertThat(redirect.statusCode()).isEqualTo(303);
        Map<String, String> params = new HashMap<>();
        String query = URI.create(redirect.header("Location")).getRawQuery();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private void withCookies(RequestSpecification request) {
        if (sessionCookie != null) {
            request.cookie("mygov_session", sessionCookie);
        }
        if (bindingCookie != null) {
            request.cookie(BrowserBinding.COOKIE, bindingCookie);
        }
    }

    private void remember(Response response) {
        String cookie = response.getCookie("mygov_session");
        if (cookie != null) {
            sessionCookie = cookie.isEmpty() ? null : cookie;
        }
        if (response.getCookie(BrowserBinding.COOKIE) != null) {
            bindingCookie = response.getCookie(BrowserBinding.COOKIE);
        }
    }
}
