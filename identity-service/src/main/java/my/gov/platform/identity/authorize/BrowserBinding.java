package my.gov.platform.identity.authorize;

import jakarta.ws.rs.core.NewCookie;
import my.gov.platform.commons.web.FormCsrf;
import my.gov.platform.identity.crypto.OpaqueTokens;

import java.util.regex.Pattern;

/**
 * Ties an authorization request to the browser that started it (login CSRF, RFC 9700 §4.4.1.8): the authorization
 * endpoint gives each browser a random value in an HttpOnly cookie and the request keeps its digest; the request's
 * forms are taken only with that cookie. So an attacker who starts a sign-in in their own browser cannot have a
 * victim's browser finish it (signed in as the attacker), even knowing the form's token. SameSite=Lax, not Strict:
 * the browser reaches the authorization endpoint by a navigation from the client's site and must bring the cookie,
 * so that several sign-ins in one browser (two tabs, two services) share it instead of replacing each other's.
 */
public final class BrowserBinding {
    public static final String COOKIE = "mygov_flow";
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{32}");

    private BrowserBinding() {
    }

    /** The browser's value if it sent one, else a new one to set. */
    public static String valueOrNew(String cookie) {
        return cookie != null && VALUE.matcher(cookie).matches() ? cookie : FormCsrf.newToken();
    }

    public static NewCookie cookie(String value, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    static String digest(String value) {
        return OpaqueTokens.digest(value);
    }

    static boolean matches(String cookie, String digest) {
        return OpaqueTokens.matches(cookie, digest);
    }
}
