package my.gov.platform.catalogue.pages;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

import java.util.Locale;

/**
 * The page language: {@code ?lang=ms|en} (remembered in a cookie), else the cookie, else the first
 * of ms/en in Accept-Language; Bahasa Melayu when nothing says otherwise.
 */
public final class Language {
    public static final String COOKIE = "lang";

    private Language() {
    }

    public static String of(String queryLang, HttpHeaders headers) {
        if (isSupported(queryLang)) {
            return queryLang;
        }
        var cookie = headers.getCookies().get(COOKIE);
        if (cookie != null && isSupported(cookie.getValue())) {
            return cookie.getValue();
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            String language = locale.getLanguage();
            if ("en".equals(language) || "ms".equals(language)) {
                return language;
            }
        }
        return "ms";
    }

    /** The cookie that remembers an explicit choice, or null when none was made on this request. */
    public static NewCookie remember(String queryLang) {
        return isSupported(queryLang)
                ? new NewCookie.Builder(COOKIE).value(queryLang).path("/").maxAge(60 * 60 * 24 * 365).sameSite(NewCookie.SameSite.LAX).build()
                : null;
    }

    private static boolean isSupported(String lang) {
        return "ms".equals(lang) || "en".equals(lang);
    }
}
