package my.gov.platform.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;

import java.util.ArrayDeque;
import java.util.Deque;

/** Names the field a JSON parse failure happened in, as the dotted path the violations use. */
final class JsonFailures {
    private JsonFailures() {
    }

    /** The field the parser was in when it failed (e.g. {@code amount.value}, {@code tags[1]}), or "" at the top. */
    static String fieldBeingRead(JsonProcessingException failure) {
        JsonParser parser = failure instanceof StreamReadException read ? read.getProcessor() : null;
        if (parser == null) {
            return "";
        }
        Deque<JsonStreamContext> fromRoot = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null; context = context.getParent()) {
            fromRoot.push(context);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context : fromRoot) {
            if (context.inArray()) {
                path.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
            } else if (context.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(context.getCurrentName());
            }
        }
        return path.toString();
    }

    /** Jackson's words for a key given twice in one object (StreamReadFeature.STRICT_DUPLICATE_DETECTION). */
    static boolean isDuplicateField(JsonProcessingException failure) {
        return failure.getOriginalMessage() != null && failure.getOriginalMessage().startsWith("Duplicate field");
    }
}
