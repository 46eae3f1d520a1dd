package my.gov.platform.identity.accounts;

import java.util.Locale;
import java.util.Set;

/**
 * Nationalities as ISO 3166-1 alpha-3 country codes. The JDK's copy of the standard is the source: it
 * is kept current with each Java update, so no list of our own can drift from it.
 */
public final class Nationality {
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    static final String MALAYSIA = "MYS";

    private Nationality() {
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }
}
