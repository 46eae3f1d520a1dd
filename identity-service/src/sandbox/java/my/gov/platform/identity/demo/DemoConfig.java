package my.gov.platform.identity.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The local run's switch, {@code mygov.demo-data}: outside IdentityConfig's {@code mygov.identity} prefix, shared with
 * the other services, and only in this source set, which the production build does not compile.
 */
@ConfigMapping(prefix = "mygov")
public interface DemoConfig {
    /** Register the demo clients and accounts at start-up (local run only). */
    @WithDefault("false")
    boolean demoData();
}
