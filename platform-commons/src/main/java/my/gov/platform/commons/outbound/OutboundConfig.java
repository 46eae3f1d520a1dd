package my.gov.platform.commons.outbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Settings of the outbound-URL policy, under {@code mygov.outbound.*}. The allow-list,
 * {@code mygov.outbound.allowed-hosts}, is read by {@link AllowedHosts}.
 */
@ConfigMapping(prefix = "mygov.outbound")
public interface OutboundConfig {
    /** Whether plain http URLs are accepted: only for the local run and tests. */
    @WithDefault("false")
    boolean allowHttp();

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
