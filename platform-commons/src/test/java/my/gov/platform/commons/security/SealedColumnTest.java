package my.gov.platform.commons.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A key rotation against real PostgreSQL: one pass re-seals every stored value under the new key, after which the old key can go. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class SealedColumnTest {
    private static final SealedColumn SECRET = new SealedColumn("sealed_probe", "id", "secret", "sealed_probe:");

    @Inject
    EntityManager entities;

    @Test
    void aPassAfterARotationSealsPlaintextAndOldValuesUnderTheNewKey() {
        byte[] keyA = SecretSeal.newKey();
        byte[] keyB = SecretSeal.newKey();
        String plain = store(null, "plain secret");
        String underA = store(new SecretSeal(keyA), "secret under A");
        SecretSeal rotated = new SecretSeal(keyB, List.of(keyA));
        String underB = store(rotated, "secret under B");
        String storedUnderB = stored(underB);

        int sealed = QuarkusTransaction.requiringNew().call(() -> SECRET.sealUnderCurrentKey(entities, rotated));

        assertThat(sealed).isGreaterThanOrEqualTo(2);
        assertThat(stored(underB)).isEqualTo(storedUnderB);
        SecretSeal onlyB = new SecretSeal(keyB);
        for (String id : List.of(plain, underA, underB)) {
            assertThat(stored(id)).startsWith(onlyB.currentPrefix());
        }
        assertThat(onlyB.open(stored(plain), SECRET.context(plain))).isEqualTo("plain secret");
        assertThat(onlyB.open(stored(underA), SECRET.context(underA))).isEqualTo("secret under A");
    }

    @Test
    void aValueUnderAKeyNoLongerConfiguredStopsThePassInsteadOfBeingLost() {
        byte[] keyA = SecretSeal.newKey();
        String underA = store(new SecretSeal(keyA), "secret under A");
        String before = stored(underA);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() ->
                SECRET.sealUnderCurrentKey(entities, new SecretSeal(SecretSeal.newKey()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not configured");
        assertThat(stored(underA)).isEqualTo(before);
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("DELETE FROM sealed_probe WHERE id = ?1")
                .setParameter(1, underA).executeUpdate());
    }

    /** Stores a value sealed by {@code seal}, or in plaintext without one; answers the row's id. */
    private String store(SecretSeal seal, String secret) {
        String id = UUID.randomUUID().toString();
        String value = seal == null ? secret : seal.seal(secret, SECRET.context(id));
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("INSERT INTO sealed_probe (id, secret) VALUES (?1, ?2)")
                .setParameter(1, id).setParameter(2, value).executeUpdate());
        return id;
    }

    private String stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entities
                .createNativeQuery("SELECT secret FROM sealed_probe WHERE id = ?1").setParameter(1, id).getSingleResult());
    }
}
