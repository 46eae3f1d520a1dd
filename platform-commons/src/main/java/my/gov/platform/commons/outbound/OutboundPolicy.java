package my.gov.platform.commons.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.ProblemException;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for every URL a service fetches from or delivers to on a caller's behalf (callbacks,
 * providers, published keys, back-channel logout, documents to import): https (http only where
 * {@code mygov.outbound.allow-http}), no credentials in the URL, and a host that resolves only to
 * public addresses unless the allow-list names it. Checked when the URL is registered and again by
 * {@link OutboundHttp} at each use, against the address it then connects to.
 */
@ApplicationScoped
public class OutboundPolicy {
    static final String NOT_PUBLIC = "must name a public host";

    private final OutboundConfig config;
    private final AllowedHosts allowed = new AllowedHosts();

    OutboundPolicy(OutboundConfig config) {
        this.config = config;
    }

    /**
     * At registration: refuses with a 400 problem whose violation names {@code field}. A name that
     * does not resolve now is accepted (it may be published later) and is checked at each use.
     */
    public void requireAcceptable(String field, String url) {
        URI uri = parse(url).orElseThrow(() -> ProblemException.invalid(field, "must be an absolute URL"));
        shapeProblem(uri).ifPresent(problem -> {
            throw ProblemException.invalid(field, problem);
        });
        if (allowed.admits(uri, port(uri))) {
            return;
        }
        try {
            if (!Arrays.stream(InetAddress.getAllByName(uri.getHost())).allMatch(OutboundAddresses::isPublic)) {
                throw ProblemException.invalid(field, NOT_PUBLIC);
            }
        } catch (UnknownHostException notYetPublished) {
            // Checked again at each use, where an unresolvable name is a failed delivery.
        }
    }

    /** What is wrong with the URL regardless of where its host resolves, if anything. */
    Optional<String> shapeProblem(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && config.allowHttp())) {
            return Optional.of(config.allowHttp() ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        return Optional.empty();
    }

    /** Whether the allow-list lets this URL through whatever its host resolves to. */
    boolean allowListed(URI uri) {
        return allowed.admits(uri, port(uri));
    }

    static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Optional<URI> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
