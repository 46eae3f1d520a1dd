package my.gov.platform.commons.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database credentials have no default in source: naming them here as required settings makes
 * Quarkus refuse to start, listing each one unset with the other required settings, before anything
 * connects. The local run and the tests supply them.
 */
@Startup
@ApplicationScoped
class RequiredDatabaseCredentials {
    RequiredDatabaseCredentials(@ConfigProperty(name = "quarkus.datasource.username") String username,
                                @ConfigProperty(name = "quarkus.datasource.password") String password) {
        // Nothing to keep: Quarkus itself reads them; asking for them is what makes them required.
    }
}
