package my.gov.platform.commons.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the console log is written, under {@code mygov.log.*}. */
@ConfigMapping(prefix = "mygov.log")
public interface LogConfig {
    /** One JSON object per line, for log shippers (see {@link JsonLogs}). */
    @WithDefault("false")
    boolean json();
}
