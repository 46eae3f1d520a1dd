package my.gov.platform.commons.web;

import jakarta.ws.rs.core.NewCookie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection for HTML forms by double submission: a random value in a SameSite=Strict, HttpOnly
 * cookie that the form repeats in its {@value #FIELD} field. A page on another site can neither read
 * the cookie nor make the browser send it, so it cannot forge the pair. Each service names its own
 * cookie, because in the local run every service is on "localhost" and cookies ignore the port.
 */
public record FormCsrf(String cookieName, String path) {
    public static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh unguessable value, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public NewCookie cookie(String token, boolean secure) {
        return new NewCookie.Builder(cookieName).value(token).path(path).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(3600).build();
    }

    public static boolean matches(String cookie, String field) {
        return cookie != null && field != null && !cookie.isEmpty()
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
    }
}
