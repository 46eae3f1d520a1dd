package my.gov.platform.identity.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.throttle.LoginThrottle;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.fuzz.ContractFuzz;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hostile requests to every operation of the live contract, with and without an administrator's token: no 500s, no hangs. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class ContractFuzzTest {
    @Inject
    ClientRegistry registry;

    @Test
    void noOperationFailsOrHangsOnHostileInput() {
        ContractFuzz.ofLiveDocument().run(OAuthTestClients.adminToken(registry));
    }

    /** The fuzz's failed sign-ins all come from this machine's address, which the other tests sign in from too. */
    @AfterEach
    void forgetTheFailedSignIns() {
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.deleteAll());
    }
}
