package my.gov.platform.identity.accounts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MyKad (Malaysian identity card) number {@code YYMMDDPBNNNN}: date of birth, place-of-birth
 * code (state or country) and a serial. Shown as {@code YYMMDD-PB-NNNN}.
 */
public record MyKadNumber(String digits, LocalDate dateOfBirth) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{6})-?(\\d{2})-?(\\d{4})");

    /**
     * Parses {@code 850101145011} or {@code 850101-14-5011}; empty when the form, the date or the
     * place-of-birth code is impossible. A two-digit year is the latest year not after {@code today}.
     */
    public static Optional<MyKadNumber> parse(String value, LocalDate today) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(value.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String date = matcher.group(1);
        int placeOfBirth = Integer.parseInt(matcher.group(2));
        if (!knownPlaceOfBirth(placeOfBirth)) {
            return Optional.empty();
        }
        return dateOfBirth(date, today).map(dob -> new MyKadNumber(date + matcher.group(2) + matcher.group(3), dob));
    }

    /** Shown to people as {@code 850101-14-5011}. */
    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6, 8) + "-" + digits.substring(8);
    }

    /** Safe for logs and screens: {@code 850101-**-***1}. */
    public String masked() {
        return digits.substring(0, 6) + "-**-***" + digits.charAt(11);
    }

    /**
     * JPN place-of-birth codes: 01-16 and 21-59 are Malaysian states and federal territories;
     * 60-68, 71-72, 74-79 and 83-93, 98-99 are countries or regions abroad; 82 is "state unknown".
     */
    static boolean knownPlaceOfBirth(int code) {
        return (code >= 1 && code <= 16) || (code >= 21 && code <= 68) || code == 71 || code == 72
                || (code >= 74 && code <= 79) || (code >= 82 && code <= 93) || code == 98 || code == 99;
    }

    private static Optional<LocalDate> dateOfBirth(String yymmdd, LocalDate today) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        int century = today.getYear() / 100 * 100;
        for (int year : new int[]{century + yy, century - 100 + yy}) {
            try {
                LocalDate date = LocalDate.of(year, month, day);
                if (!date.isAfter(today)) {
                    return Optional.of(date);
                }
            } catch (DateTimeException e) {
                // 29 February exists in one candidate century but not the other; try the other.
            }
        }
        return Optional.empty();
    }
}
