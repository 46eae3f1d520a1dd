package my.gov.platform.commons.web;

import my.gov.platform.commons.problem.Violation;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Judges {@code name=value&...} text as it arrives in a query or an urlencoded form, before anything
 * decodes it: decoders replace broken UTF-8 with U+FFFD silently, so only the raw text can tell.
 */
final class EncodedParameters {
    private EncodedParameters() {
    }

    /** The first parameter that decodes to NUL or to bytes that are not UTF-8, named by its field where the name itself reads. */
    static Optional<Violation> firstRefused(String encoded, String unnamed) {
        for (String parameter : encoded.split("&")) {
            String name = parameter.split("=", 2)[0];
            String field = RequestText.judge(name) == RequestText.Verdict.CLEAN ? URLDecoder.decode(name, StandardCharsets.UTF_8) : unnamed;
            Optional<Violation> refused = refused(field, parameter);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    static Optional<Violation> refused(String field, String raw) {
        return switch (RequestText.judge(raw)) {
            case CLEAN -> Optional.empty();
            case NUL -> Optional.of(new Violation(field, "contains a NUL character"));
            case NOT_UTF8 -> Optional.of(new Violation(field, "is not percent-encoded UTF-8"));
        };
    }
}
