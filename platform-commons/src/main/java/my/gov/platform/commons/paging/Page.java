package my.gov.platform.commons.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "nextCursor": "..."}}; no cursor on the last page. */
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Pass as ?cursor= to get the next page; absent on the last page") String nextCursor) {

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only tells that more exist.
     */
    public static <R, T> Page<T> of(List<R> fetched, int limit, Function<R, T> view, Function<R, String> cursorOf) {
        boolean more = fetched.size() > limit;
        List<R> rows = more ? fetched.subList(0, limit) : fetched;
        return new Page<>(rows.stream().map(view).toList(), more ? cursorOf.apply(rows.get(rows.size() - 1)) : null);
    }

    /**
     * One page of a short list computed whole (reference lists, keys, a person's own credentials):
     * the cursor holds the position of the next page, so the list keeps its own order.
     */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.limit, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), to < all.size() ? PageRequest.cursorAt(to) : null);
    }
}
