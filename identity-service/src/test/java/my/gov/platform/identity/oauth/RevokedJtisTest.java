package my.gov.platform.identity.oauth;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RevokedJtisTest {
    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final RevokedJtis revoked = new RevokedJtis();

    @Test
    void aRevokedJtiIsKnownAtOnceAndOthersAreNot() {
        revoked.add("jti-1", now.plusSeconds(300));
        assertThat(revoked.contains("jti-1")).isTrue();
        assertThat(revoked.contains("jti-2")).isFalse();
        assertThat(revoked.contains(null)).isFalse();
    }

    @Test
    void entriesAreDroppedOnlyOnceTheirTokenHasExpired() {
        revoked.add("expiring", now.plusSeconds(60));
        revoked.add("later", now.plusSeconds(300));
        revoked.forgetExpired(now.plusSeconds(59));
        assertThat(revoked.contains("expiring")).isTrue();
        revoked.forgetExpired(now.plusSeconds(60));
        assertThat(revoked.contains("expiring")).isFalse();
        assertThat(revoked.contains("later")).isTrue();
        assertThat(revoked.size()).isEqualTo(1);
    }
}
