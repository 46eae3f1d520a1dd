package my.gov.platform.commons.outbound;

import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The explicit exceptions to the address rules, {@code mygov.outbound.allowed-hosts}: entries
 * {@code host} (any port) or {@code host:port}, compared with the URL as written, so
 * {@code localhost:8083} admits that port alone and every other port on loopback stays refused.
 * Read at the first use rather than at injection, because a test server's port
 * ({@code localhost:${quarkus.http.test-port}}) is only known once it has started.
 */
final class AllowedHosts {
    private volatile List<String> entries;

    boolean admits(URI uri, int port) {
        String host = bare(uri.getHost().toLowerCase(Locale.ROOT));
        return entries().stream().anyMatch(entry -> entry.equals(host) || entry.equals(host + ":" + port));
    }

    private List<String> entries() {
        List<String> known = entries;
        if (known == null) {
            known = ConfigProvider.getConfig().getOptionalValues("mygov.outbound.allowed-hosts", String.class)
                    .orElse(List.of()).stream().map(String::trim).filter(entry -> !entry.isEmpty())
                    .map(entry -> bare(entry.toLowerCase(Locale.ROOT))).toList();
            entries = known;
        }
        return known;
    }

    /** IPv6 literals are bracketed in URLs; entries may be written either way. */
    private static String bare(String host) {
        return host.replace("[", "").replace("]", "");
    }
}
