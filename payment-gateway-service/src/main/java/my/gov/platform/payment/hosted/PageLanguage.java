package my.gov.platform.payment.hosted;

import java.util.Locale;

/** Bahasa Melayu by default; English when asked by ?lang=, the lang cookie, or Accept-Language. */
public final class PageLanguage {
    public static final String COOKIE = "lang";

    private PageLanguage() {
    }

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
                if (tag.startsWith("ms")) {
                    return "ms";
                }
                if (tag.startsWith("en")) {
                    return "en";
                }
            }
        }
        return "ms";
    }

    private static boolean isSupported(String lang) {
        return "ms".equals(lang) || "en".equals(lang);
    }
}
