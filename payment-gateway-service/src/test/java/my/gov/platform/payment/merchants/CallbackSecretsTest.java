package my.gov.platform.payment.merchants;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.payment.support.GatewayFixtures;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Callback secrets are stored sealed, each bound to its merchant. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class CallbackSecretsTest {
    @Inject
    CallbackSecrets secrets;
    @Inject
    EntityManager entities;

    @Test
    void theDatabaseHoldsNoCallbackSecretYetTheIssuedOneSigns() {
        Map<String, String> merchant = newMerchant();
        UUID id = UUID.fromString(merchant.get("id"));

        assertThat(stored(id)).startsWith("v2:").doesNotContain(merchant.get("callbackSecret"));
        assertThat(secrets.of(merchantEntity(id))).isEqualTo(merchant.get("callbackSecret"));
    }

    @Test
    void aSecretMovedToAnotherMerchantDoesNotOpen() {
        UUID agencyA = UUID.fromString(newMerchant().get("id"));
        UUID agencyB = UUID.fromString(newMerchant().get("id"));

        setStored(agencyB, stored(agencyA));

        assertThatThrownBy(() -> secrets.of(merchantEntity(agencyB))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSecretStoredBeforeSealingIsSealedAtStartAndStillSigns() {
        Map<String, String> merchant = newMerchant();
        UUID id = UUID.fromString(merchant.get("id"));
        setStored(id, merchant.get("callbackSecret"));

        secrets.sealUnderCurrentKey(null);

        assertThat(stored(id)).startsWith("v2:").doesNotContain(merchant.get("callbackSecret"));
        assertThat(secrets.of(merchantEntity(id))).isEqualTo(merchant.get("callbackSecret"));
    }

    private static Map<String, String> newMerchant() {
        String trustmark = GatewayFixtures.activeTrustmark("JPJ", "bayar.jpj.gov.my", "api.jpj.gov.my");
        return GatewayFixtures.merchant("JPJ", trustmark, "https://bayar.jpj.gov.my/return", "https://api.jpj.gov.my/cb");
    }

    private Merchant merchantEntity(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Merchant.<Merchant>findById(id));
    }

    private String stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entities
                .createNativeQuery("SELECT callback_secret FROM merchant WHERE id = ?1").setParameter(1, id).getSingleResult());
    }

    private void setStored(UUID id, String value) {
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("UPDATE merchant SET callback_secret = ?1 WHERE id = ?2")
                .setParameter(1, value).setParameter(2, id).executeUpdate());
    }
}
