package my.gov.platform.catalogue.kpi;

import my.gov.platform.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Calendar quarters written {@code 2026-Q4}. */
public final class Quarter {
    public static final String PATTERN = "\\d{4}-Q[1-4]";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    private Quarter() {
    }

    public static String check(String field, String quarter) {
        if (quarter == null || !FORMAT.matcher(quarter).matches()) {
            throw ProblemException.invalid(field, "must be a quarter such as 2026-Q4");
        }
        return quarter;
    }

    /** The quarter before the one the date is in. */
    public static String previous(LocalDate date) {
        return of(date.minusMonths(3));
    }

    public static String of(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}
