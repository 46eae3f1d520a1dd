package my.gov.platform.commons.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * The language of every server-rendered page in the suite, so a citizen's choice on one service's
 * pages holds on the others: {@code ?lang=ms|en} first, then the {@value #COOKIE} cookie, then the
 * first of Malay or English in Accept-Language; Bahasa Melayu when nothing says otherwise.
 */
public enum PageLanguage {
    MS, EN;

    public static final String COOKIE = "lang";
    private static final int ONE_YEAR = 60 * 60 * 24 * 365;

    public static PageLanguage resolve(String query, String cookie, String acceptLanguage) {
        if (isSupported(query)) {
            return fromCode(query);
        }
        if (isSupported(cookie)) {
            return fromCode(cookie);
        }
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",")) {
                String tag = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
                if (tag.startsWith(MS.code())) {
                    return MS;
                }
                if (tag.startsWith(EN.code())) {
                    return EN;
                }
            }
        }
        return MS;
    }

    /** The language of a request whose query asked for {@code query}, read from its cookie and Accept-Language. */
    public static PageLanguage of(String query, HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(COOKIE);
        return resolve(query, cookie == null ? null : cookie.getValue(), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Only the exact codes count: anything else falls through to the next source instead of guessing. */
    public static boolean isSupported(String code) {
        return MS.code().equals(code) || EN.code().equals(code);
    }

    /** The cookie that keeps a language chosen with the switch ({@code ?lang=}) for the next pages; none when none was chosen. */
    public static Optional<NewCookie> remembered(String query) {
        return isSupported(query)
                ? Optional.of(new NewCookie.Builder(COOKIE).value(query).path("/").maxAge(ONE_YEAR).sameSite(NewCookie.SameSite.LAX).build())
                : Optional.empty();
    }

    private static PageLanguage fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** {@code "ms"} or {@code "en"}: the {@code lang} attribute, the cookie value and the Content-Language. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }
}
