package my.gov.platform.commons.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The cache of bearer tokens already verified, under {@code mygov.security.verified-tokens.*}. */
@ConfigMapping(prefix = "mygov.security.verified-tokens")
public interface VerifiedTokensConfig {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("10000")
    long maxSize();

    /** The longest a token is accepted again without a new signature check, however long it lives. */
    @WithDefault("5m")
    Duration maxAge();
}
