package my.gov.platform.identity.pages;

import jakarta.ws.rs.core.NewCookie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection for forms shown before anyone signs in (there is no authorization request to
 * carry a token): a random value in a SameSite=Strict, HttpOnly cookie that the form must repeat.
 */
public final class FormCsrf {
    public static final String COOKIE = "mygov_form";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormCsrf() {
    }

    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static NewCookie cookie(String token, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(3600).build();
    }

    public static boolean matches(String cookie, String field) {
        return cookie != null && field != null && !cookie.isEmpty()
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
    }
}
