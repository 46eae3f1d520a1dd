package my.gov.platform.catalogue.pages;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import my.gov.platform.commons.web.PageLanguage;

/** The page language, chosen as on every page of the suite, and the cookie that remembers a choice. */
public final class Language {
    public static final String COOKIE = PageLanguage.COOKIE;

    private Language() {
    }

    public static String of(String queryLang, HttpHeaders headers) {
        var cookie = headers.getCookies().get(COOKIE);
        return PageLanguage.resolve(queryLang, cookie == null ? null : cookie.getValue(),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The cookie that remembers an explicit choice, or null when none was made on this request. */
    public static NewCookie remember(String queryLang) {
        return PageLanguage.isSupported(queryLang)
                ? new NewCookie.Builder(COOKIE).value(queryLang).path("/").maxAge(60 * 60 * 24 * 365).sameSite(NewCookie.SameSite.LAX).build()
                : null;
    }
}
