package my.gov.platform.commons.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealTest {
    private final SecretSeal seal = new SecretSeal(SecretSeal.newKey());

    @Test
    void aSealedSecretOpensForItsOwnRowOnly() {
        String sealed = seal.seal("JBSWY3DPEHPK3PXP", "totp_credential:a");

        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(seal.open(sealed, "totp_credential:a")).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> seal.open(sealed, "totp_credential:b")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        assertThat(seal.seal("JBSWY3DPEHPK3PXP", "c")).isNotEqualTo(seal.seal("JBSWY3DPEHPK3PXP", "c"));
    }

    @Test
    void anAlteredValueOrAnotherKeyDoesNotOpen() {
        String sealed = seal.seal("secret", "c");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> seal.open(altered, "c")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretSeal(SecretSeal.newKey()).open(sealed, "c")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPlainOrMalformedValueIsRefused() {
        assertThatThrownBy(() -> seal.open("JBSWY3DPEHPK3PXP", "c")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not sealed");
        assertThatThrownBy(() -> seal.open("v1:%%%", "c")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open("v1:AAAA", "c")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretSeal(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyFileIsCreatedOnlyWhenAllowedAndOnlyItsOwnerCanReadIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("secrets/key");
        assertThatThrownBy(() -> SecretSeal.fromKeyFile(file, false, "x.create-key")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x.create-key=true");

        String sealed = SecretSeal.fromKeyFile(file, true, "x.create-key").seal("secret", "c");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretSeal.fromKeyFile(file, false, "x.create-key").open(sealed, "c")).isEqualTo("secret");
    }

    @Test
    void aKeyFileOfTheWrongLengthIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("short"), Base64.getEncoder().encodeToString(new byte[16]));

        assertThatThrownBy(() -> SecretSeal.fromKeyFile(file, true, "x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }
}
