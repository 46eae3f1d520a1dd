package my.gov.platform.identity.dpop;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class DpopNoncesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:10Z");
    private final DpopNonces nonces = new DpopNonces(key((byte) 1), Duration.ofMinutes(1));

    @Test
    void aNonceIsGoodInItsSlotAndTheNextOnly() {
        String nonce = nonces.current(NOW);
        assertThat(nonces.isValid(nonce, NOW)).isTrue();
        assertThat(nonces.isValid(nonce, NOW.plusSeconds(60))).isTrue();
        assertThat(nonces.isValid(nonce, NOW.plusSeconds(120))).isFalse();
        assertThat(nonces.isValid(nonce, NOW.minusSeconds(60))).isFalse();
    }

    @Test
    void theNonceChangesWithTheSlot() {
        assertThat(nonces.current(NOW)).isEqualTo(nonces.current(NOW.plusSeconds(30)));
        assertThat(nonces.current(NOW)).isNotEqualTo(nonces.current(NOW.plusSeconds(60)));
    }

    @Test
    void anotherIssuerWithTheSameKeyAcceptsTheNonce() {
        DpopNonces otherReplica = new DpopNonces(key((byte) 1), Duration.ofMinutes(1));
        assertThat(otherReplica.isValid(nonces.current(NOW), NOW)).isTrue();
        assertThat(nonces.isValid(otherReplica.current(NOW), NOW)).isTrue();
    }

    @Test
    void aNonceFromAnotherKeyOrAlteredIsRefused() {
        String foreign = new DpopNonces(key((byte) 2), Duration.ofMinutes(1)).current(NOW);
        assertThat(nonces.isValid(foreign, NOW)).isFalse();

        byte[] raw = Base64.getUrlDecoder().decode(nonces.current(NOW));
        raw[raw.length - 1] ^= 1;
        assertThat(nonces.isValid(Base64.getUrlEncoder().withoutPadding().encodeToString(raw), NOW)).isFalse();
    }

    @Test
    void malformedNoncesAreRefused() {
        assertThat(nonces.isValid(null, NOW)).isFalse();
        assertThat(nonces.isValid("not base64 !", NOW)).isFalse();
        assertThat(nonces.isValid("AAAA", NOW)).isFalse();
    }

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }
}
