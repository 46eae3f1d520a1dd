package my.gov.platform.identity.clients;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * Resource indicators (RFC 8707): absolute URIs without a fragment naming the API a token is for. A client
 * is registered with the indicators it may ask for; an entry ending in {@code *} allows every resource
 * that starts with the text before it, so one broker can be allowed all agency registries
 * ({@code urn:mygov:agency:*}) without re-registering for each new agency.
 */
public final class ResourceIndicators {
    static final String PREFIX_WILDCARD = "*";

    private ResourceIndicators() {
    }

    /** What is wrong with a resource a client asks for, if anything (RFC 8707 §2). */
    public static Optional<String> problemWithRequested(String resource) {
        URI uri;
        try {
            uri = new URI(resource);
        } catch (URISyntaxException e) {
            return Optional.of("resource " + resource + " is not a URI");
        }
        if (!uri.isAbsolute()) {
            return Optional.of("resource " + resource + " must be an absolute URI");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("resource " + resource + " must not have a fragment");
        }
        return Optional.empty();
    }

    /** What is wrong with an entry of a client's {@code resources}: a resource indicator, or one's prefix followed by {@code *}. */
    public static Optional<String> problemWithAllowed(String entry) {
        if (!entry.endsWith(PREFIX_WILDCARD)) {
            return problemWithRequested(entry);
        }
        String prefix = entry.substring(0, entry.length() - 1);
        if (prefix.endsWith(PREFIX_WILDCARD)) {
            return Optional.of("resource " + entry + " may end in a single *, not more");
        }
        // The prefix itself must be an absolute URI without a fragment, so a wildcard never spans schemes or fragments.
        return problemWithRequested(prefix).map(problem -> problem + " before the trailing *");
    }

    /**
     * Whether the client's {@code resources} allow the resource: an exact entry, or a prefix entry the
     * resource extends (the prefix alone, with nothing after it, names no resource).
     */
    public static boolean allows(List<String> allowed, String resource) {
        return allowed.stream().anyMatch(entry -> entry.endsWith(PREFIX_WILDCARD)
                ? resource.length() >= entry.length() && resource.startsWith(entry.substring(0, entry.length() - 1))
                : entry.equals(resource));
    }
}
