package my.gov.platform.identity.oauth;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import static my.gov.platform.identity.support.OAuthTestClients.tokenRequestFrom;

/** No proxy is trusted by default: a caller cannot escape the secret lockout by naming another address. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class SpoofedForwardingTest {
    @Inject
    ClientRegistry registry;

    @Test
    void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() {
        String clientId = OAuthTestClients.uniqueId("spoofed");
        OAuthTestClients.secretClient(registry, clientId, "JPJ", "payments.read");
        for (int i = 1; i <= 10; i++) {
            tokenRequestFrom("192.0.2." + i, clientId, "guess-" + i).then().statusCode(401);
        }
        // Every guess counted against the real peer, so a fresh spoofed address is held back too, right secret or not.
        tokenRequestFrom("192.0.2.99", clientId, clientId + "-secret").then().statusCode(429);
    }
}
