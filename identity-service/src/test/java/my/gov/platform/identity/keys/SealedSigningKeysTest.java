package my.gov.platform.identity.keys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.commons.security.SecretSeal;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Private signing keys are stored sealed, each bound to its kid. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class SealedSigningKeysTest {
    @Inject
    SigningKeys keys;
    @Inject
    SecretSeal seal;
    @Inject
    IdentityConfig config;
    @Inject
    EntityManager entities;

    @Test
    void noPrivateKeyIsStoredInTheClear() {
        assertThat(storedJwks()).isNotEmpty().allSatisfy(jwk -> assertThat(jwk).startsWith("v2:").doesNotContain("\"d\""));
    }

    @Test
    void aKeyStoredBeforeSealingIsSealedAtStartAndStillSigns() {
        String kid = keys.ring().activeKey(config.accessTokenSigningAlgorithm()).orElseThrow().getKeyID();
        String plain = seal.open(storedJwk(kid), "signing_key:" + kid);
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("UPDATE signing_key SET private_jwk = ?1 WHERE kid = ?2")
                .setParameter(1, plain).setParameter(2, kid).executeUpdate());

        QuarkusTransaction.requiringNew().run(keys::ensureKeys);
        keys.reload();

        assertThat(storedJwk(kid)).startsWith("v2:").doesNotContain("\"d\"");
        assertThat(keys.ring().activeSigner(config.accessTokenSigningAlgorithm())).isPresent();
        assertThat(keys.ring().byKid(kid)).hasValueSatisfying(jwk -> assertThat(jwk.isPrivate()).isTrue());
    }

    @SuppressWarnings("unchecked")
    private List<String> storedJwks() {
        return QuarkusTransaction.requiringNew().call(() -> entities
                .createNativeQuery("SELECT private_jwk FROM signing_key", String.class).getResultList());
    }

    private String storedJwk(String kid) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entities
                .createNativeQuery("SELECT private_jwk FROM signing_key WHERE kid = ?1").setParameter(1, kid).getSingleResult());
    }
}
