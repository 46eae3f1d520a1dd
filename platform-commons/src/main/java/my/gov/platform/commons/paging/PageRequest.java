package my.gov.platform.commons.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import my.gov.platform.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * {@code ?limit=&cursor=} as a {@code @BeanParam}. Cursors are opaque to callers; inside they hold
 * the last id seen, since ids are time-ordered UUIDs, or, for short lists computed whole, the
 * position the next page starts at.
 */
public class PageRequest {
    private static final String OFFSET = "offset:";

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    @Parameter(description = "Page size, 1 to 100", example = "20")
    public int limit = 20;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page")
    public String cursor;

    /** The id after which this page starts, or null for the first page. */
    public UUID after() {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(decoded());
        } catch (IllegalArgumentException e) {
            throw notIssued();
        }
    }

    /** The position at which this page starts in a list computed whole; 0 for the first page. */
    public int offset() {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = decoded();
            if (!decoded.startsWith(OFFSET)) {
                throw notIssued();
            }
            int offset = Integer.parseInt(decoded.substring(OFFSET.length()));
            if (offset < 0) {
                throw notIssued();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw notIssued();
        }
    }

    public static String cursorOf(UUID lastId) {
        return encoded(lastId.toString());
    }

    public static String cursorAt(int offset) {
        return encoded(OFFSET + offset);
    }

    private String decoded() {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }

    private static String encoded(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static ProblemException notIssued() {
        return ProblemException.invalid("cursor", "is not a cursor this API issued");
    }
}
