package my.gov.platform.exchange;

import my.gov.platform.testing.PackagedService;
import org.junit.jupiter.api.Test;

/** The packaged service in the prod profile has no secret in source: it will not start without them. */
class ProductionStartIT {
    @Test
    void withoutItsSecretsTheServiceRefusesToStartNamingEachOne() throws Exception {
        PackagedService.assertRefusesToStartNaming("quarkus.datasource.username", "quarkus.datasource.password",
                "mygov.exchange.audit.signing-key-file",
                "quarkus.oidc-client.credentials.secret", "quarkus.oidc.citizen-web.credentials.secret",
                "quarkus.oidc.citizen-web.authentication.state-secret");
    }
}
