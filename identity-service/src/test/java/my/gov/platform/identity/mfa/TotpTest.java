package my.gov.platform.identity.mfa;

import my.gov.platform.commons.security.assurance.LevelOfAssurance;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {
    /** The RFC 6238 appendix B SHA-1 key "12345678901234567890". */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectorsTruncatedToSixDigits() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfDriftButNeverTheSameStepTwice() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-25T13:00:10Z");
        long step = Totp.step(now);
        assertThat(Totp.verify(secret, Totp.code(secret, step), now, 0)).hasValue(step);
        assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.verify(secret, Totp.code(secret, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.verify(secret, Totp.code(secret, step - 2), now, 0)).isEmpty();
        assertThat(Totp.verify(secret, Totp.code(secret, step), now, step)).isEmpty();
        assertThat(Totp.verify(secret, "12a456", now, 0)).isEmpty();
    }

    @Test
    void secretsRoundTripAndTheKeyUriIsWhatAuthenticatorAppsRead() {
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.base32Decode(secret))).isEqualTo(secret);
        assertThat(Totp.otpauthUri("JBSWY3DPEHPK3PXP", "MyGov ID", "siti@example.com"))
                .isEqualTo("otpauth://totp/MyGov%20ID%3Asiti%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=MyGov%20ID"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void levelsOfAssuranceCompareByNumber() {
        assertThat(LevelOfAssurance.level("urn:mygov:loa:2")).isEqualTo(2);
        assertThat(LevelOfAssurance.level("urn:other:loa:9")).isZero();
        assertThat(LevelOfAssurance.required(null)).isEqualTo(1);
        assertThat(LevelOfAssurance.required("urn:mygov:loa:1 urn:mygov:loa:2")).isEqualTo(2);
    }
}
