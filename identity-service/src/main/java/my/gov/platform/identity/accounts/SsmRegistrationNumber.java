package my.gov.platform.identity.accounts;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registration number in the 12-digit format SSM (Companies Commission of Malaysia) uses since
 * 2019: {@code YYYY TT NNNNNN}, the year of registration, the entity type and a sequence number.
 * SSM publishes no check digit for this format, so none is checked.
 */
public record SsmRegistrationNumber(int year, EntityType type, String sequence) {
    static final int FIRST_YEAR = 2019;
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(\\d{2})(\\d{6})");

    /** The entity types of the 2019 format. */
    public enum EntityType {
        LOCAL_COMPANY, FOREIGN_COMPANY, BUSINESS, LOCAL_LLP, FOREIGN_LLP, PROFESSIONAL_LLP;

        /** Code 01 is the first constant; codes outside 01-06 name no type. */
        static Optional<EntityType> ofCode(int code) {
            return code >= 1 && code <= values().length ? Optional.of(values()[code - 1]) : Optional.empty();
        }
    }

    /**
     * Parses {@code 201901000005}; empty when the form is wrong, the year is before the scheme or after
     * {@code today}, the entity type is unknown or the sequence is all zeros.
     */
    public static Optional<SsmRegistrationNumber> parse(String value, LocalDate today) {
        Matcher matcher = value == null ? null : FORMAT.matcher(value);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        String sequence = matcher.group(3);
        if (year < FIRST_YEAR || year > today.getYear() || Integer.parseInt(sequence) == 0) {
            return Optional.empty();
        }
        return EntityType.ofCode(Integer.parseInt(matcher.group(2))).map(type -> new SsmRegistrationNumber(year, type, sequence));
    }
}
