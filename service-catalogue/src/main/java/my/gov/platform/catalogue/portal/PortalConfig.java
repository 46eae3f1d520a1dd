package my.gov.platform.catalogue.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** {@code mygov.portal.*}: the suite's OpenAPI documents and how often to read them. */
@ConfigMapping(prefix = "mygov.portal")
public interface PortalConfig {
    /** Service name -> URL of its OpenAPI document in JSON. */
    Map<String, String> sources();

    @WithDefault("10m")
    Duration refreshEvery();

    @WithDefault("3s")
    Duration fetchTimeout();

    /** identity-service, the token issuer integrators call. */
    String identityUrl();
}
