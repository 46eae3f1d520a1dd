package my.gov.platform.commons.outbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the outbound-URL policy, under {@code mygov.outbound.*}. */
@ConfigMapping(prefix = "mygov.outbound")
public interface OutboundConfig {
    /** Whether plain http URLs are accepted: only for the local run and tests. */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Targets allowed whatever they resolve to, {@code host} or {@code host:port}: the local run's and
     * the tests' servers. Declared here; read at first use by {@link AllowedHosts}, which says why.
     */
    Optional<List<String>> allowedHosts();

    /** Longest wait for a TCP (and TLS) connection. */
    @WithDefault("PT3S")
    Duration connectTimeout();

    /** Longest wait for a whole exchange, connection included, unless the caller asks for less. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Connections kept open per target host. */
    @WithDefault("50")
    int connections();

    /** Largest response body read, unless the caller asks for less; a larger one is not read. */
    @WithDefault("1048576")
    int maxBodyBytes();
}
