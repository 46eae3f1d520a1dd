package my.gov.platform.identity;

import my.gov.platform.testing.PackagedService;
import org.junit.jupiter.api.Test;

/** The packaged service in the prod profile has no secret in source: it will not start without them. */
class ProductionStartIT {
    @Test
    void withoutItsSecretsTheServiceRefusesToStartNamingEachOne() throws Exception {
        PackagedService.assertRefusesToStartNaming("quarkus.datasource.username", "quarkus.datasource.password", "mygov.sealing.secrets-key-file",
                "mygov.dpop.nonce-key");
    }
}
