package my.gov.platform.catalogue.web;

import my.gov.platform.commons.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads an enum query parameter so that a wrong value is a 400 naming the parameter and the
 * accepted values (JAX-RS would answer a bare 404).
 */
public final class QueryEnums {
    private QueryEnums() {
    }

    public static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
