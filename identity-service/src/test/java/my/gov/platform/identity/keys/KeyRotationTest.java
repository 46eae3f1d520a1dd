package my.gov.platform.identity.keys;

import my.gov.platform.identity.crypto.SigningAlgorithm;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRotationTest {
    private static final Instant NOW = Instant.parse("2026-11-25T13:00:00Z");
    private final KeyRotation rotation = new KeyRotation(SigningAlgorithm.ES256, Duration.ofMinutes(6));

    @Test
    void firstStartCreatesAnActiveAndANextKey() {
        List<SigningKey> added = rotation.complete(List.of(), NOW);
        assertThat(added).extracting(k -> k.status).containsExactlyInAnyOrder(KeyStatus.ACTIVE, KeyStatus.NEXT);
        assertThat(added).allSatisfy(k -> assertThat(k.privateJwk).contains("\"d\""));
    }

    @Test
    void rotationPromotesTheNextKeyAndRetiresTheActiveOneForTheTokenLifetime() {
        List<SigningKey> keys = new ArrayList<>(rotation.complete(List.of(), NOW));
        SigningKey active = keys.stream().filter(k -> k.status == KeyStatus.ACTIVE).findFirst().orElseThrow();
        SigningKey next = keys.stream().filter(k -> k.status == KeyStatus.NEXT).findFirst().orElseThrow();

        List<SigningKey> added = rotation.rotate(keys, NOW.plusSeconds(60));

        assertThat(active.status).isEqualTo(KeyStatus.RETIRED);
        assertThat(active.retainUntil).isEqualTo(NOW.plusSeconds(60 + 360));
        assertThat(next.status).isEqualTo(KeyStatus.ACTIVE);
        assertThat(added).singleElement().satisfies(k -> assertThat(k.status).isEqualTo(KeyStatus.NEXT));
        assertThat(KeyRotation.expired(active, NOW.plusSeconds(400))).isFalse();
        assertThat(KeyRotation.expired(active, NOW.plusSeconds(420))).isTrue();
    }

    @Test
    void aMissingActiveKeyIsFilledFromTheNextKeyFirst() {
        List<SigningKey> keys = new ArrayList<>(rotation.complete(List.of(), NOW));
        keys.removeIf(k -> k.status == KeyStatus.ACTIVE);
        SigningKey next = keys.get(0);
        List<SigningKey> added = rotation.complete(keys, NOW);
        assertThat(next.status).isEqualTo(KeyStatus.ACTIVE);
        assertThat(added).singleElement().satisfies(k -> assertThat(k.status).isEqualTo(KeyStatus.NEXT));
    }
}
