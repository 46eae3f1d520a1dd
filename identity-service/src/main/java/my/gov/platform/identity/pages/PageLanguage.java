package my.gov.platform.identity.pages;

import java.util.Locale;

/** The sign-in pages' language, chosen as on every page of the suite (platform-commons {@code PageLanguage}). */
public enum PageLanguage {
    MS, EN;

    public static final String COOKIE = my.gov.platform.commons.web.PageLanguage.COOKIE;

    public static PageLanguage resolve(String queryParam, String cookie, String acceptLanguage) {
        String normalisedQuery = queryParam == null ? null : queryParam.toLowerCase(Locale.ROOT);
        String normalisedCookie = cookie == null ? null : cookie.toLowerCase(Locale.ROOT);
        return valueOf(my.gov.platform.commons.web.PageLanguage.resolve(normalisedQuery, normalisedCookie, acceptLanguage)
                .toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
