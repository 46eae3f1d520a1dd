package my.gov.platform.identity.pages;

import java.util.Locale;

/** Bahasa Melayu or English: {@code ?lang=} wins, then the cookie, then Accept-Language; Malay by default. */
public enum PageLanguage {
    MS, EN;

    public static final String COOKIE = "mygov_lang";

    public static PageLanguage resolve(String queryParam, String cookie, String acceptLanguage) {
        for (String candidate : new String[]{queryParam, cookie}) {
            if (candidate != null && (candidate.equalsIgnoreCase("ms") || candidate.equalsIgnoreCase("en"))) {
                return valueOf(candidate.toUpperCase(Locale.ROOT));
            }
        }
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",")) {
                String tag = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
                if (tag.startsWith("ms")) {
                    return MS;
                }
                if (tag.startsWith("en")) {
                    return EN;
                }
            }
        }
        return MS;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
