package my.gov.platform.commons.problem;

import java.util.Arrays;

/**
 * A form post whose body holds a broken percent-encoding ({@code name=%}, {@code name=%ZZ})
 * fails inside the REST layer's form reader with a bare {@link IllegalArgumentException}, before any filter or resource
 * runs; it is the caller's malformed request, not our failure. Recognised by where it was thrown, as nothing else marks it.
 */
final class UnreadableForm {
    private static final String FORM_READER = "org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition";

    private UnreadableForm() {
    }

    static boolean is(Throwable failure) {
        return failure instanceof IllegalArgumentException
                && Arrays.stream(failure.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(FORM_READER));
    }
}
