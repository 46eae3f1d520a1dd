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
 * the last id seen, since ids are time-ordered UUIDs.
 */
public class PageRequest {
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
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this API issued");
        }
    }

    public static String cursorOf(UUID lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.toString().getBytes(StandardCharsets.UTF_8));
    }
}
