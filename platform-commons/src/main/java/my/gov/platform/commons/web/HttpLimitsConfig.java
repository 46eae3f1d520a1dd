package my.gov.platform.commons.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** The request sizes {@link HttpLimits} refuses beyond, under {@code mygov.http.limits.*}. */
@ConfigMapping(prefix = "mygov.http.limits")
public interface HttpLimitsConfig {
    int maxUriLength();

    MemorySize maxHeaderSize();
}
