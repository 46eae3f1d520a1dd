package my.gov.platform.exchange.consent;

import my.gov.platform.exchange.products.RecordKeys;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentTest {

    @Test
    void aConsentIsInForceOnlyWhileGrantedAndUnexpired() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        Consent consent = new Consent();
        consent.status = ConsentStatus.GRANTED;
        consent.expiresAt = now.plusSeconds(60);
        assertThat(consent.inForce(now)).isTrue();
        assertThat(consent.inForce(now.plusSeconds(60))).as("expired at expiresAt").isFalse();
        consent.status = ConsentStatus.REVOKED;
        assertThat(consent.inForce(now)).isFalse();
    }

    @Test
    void recordKeysAreHashedNeverKept() {
        assertThat(RecordKeys.hash("850101-14-5011")).hasSize(64).doesNotContain("850101")
                .isEqualTo(RecordKeys.hash(" 850101-14-5011 "));
    }
}
