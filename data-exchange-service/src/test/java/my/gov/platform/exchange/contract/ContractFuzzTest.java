package my.gov.platform.exchange.contract;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import my.gov.platform.testing.fuzz.ContractFuzz;
import org.junit.jupiter.api.Test;

/** Hostile requests to every operation of the live contract, with and without a token: no 500s, no hangs. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ContractFuzzTest {
    @Test
    void noOperationFailsOrHangsOnHostileInput() {
        ContractFuzz fuzz = ContractFuzz.ofLiveDocument();
        fuzz.run(TestTokens.agency("JPN").scopes(fuzz.scopes()).token());
    }
}
