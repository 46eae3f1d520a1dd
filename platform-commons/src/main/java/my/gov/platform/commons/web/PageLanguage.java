package my.gov.platform.commons.web;

import java.util.Locale;

/**
 * The language of every server-rendered page in the suite, so a citizen's choice on one service's
 * pages holds on the others: {@code ?lang=ms|en} first, then the {@value #COOKIE} cookie, then the
 * first of Malay or English in Accept-Language; Bahasa Melayu when nothing says otherwise.
 */
public final class PageLanguage {
    public static final String COOKIE = "lang";
    public static final String MALAY = "ms";
    public static final String ENGLISH = "en";

    private PageLanguage() {
    }

    /** @return {@code "ms"} or {@code "en"} */
    public static String resolve(String query, String cookie, String acceptLanguage) {
        if (isSupported(query)) {
            return query;
        }
        if (isSupported(cookie)) {
            return cookie;
        }
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",")) {
                String tag = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
                if (tag.startsWith(MALAY)) {
                    return MALAY;
                }
                if (tag.startsWith(ENGLISH)) {
                    return ENGLISH;
                }
            }
        }
        return MALAY;
    }

    public static boolean isSupported(String language) {
        return MALAY.equals(language) || ENGLISH.equals(language);
    }
}
