package my.gov.platform.commons.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealTest {
    private final SecretSeal seal = new SecretSeal(SecretSeal.newKey());

    @Test
    void aSealedSecretOpensForItsOwnRowOnly() {
        String sealed = seal.seal("JBSWY3DPEHPK3PXP", "totp_credential:a");

        assertThat(sealed).startsWith(seal.currentPrefix()).doesNotContain("JBSWY3DPEHPK3PXP");
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
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(seal.currentPrefix().length()));
        bytes[bytes.length - 1] ^= 1;
        String altered = seal.currentPrefix() + Base64.getEncoder().encodeToString(bytes);

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
    void afterARotationOldValuesStillOpenAndNewOnesAreSealedUnderTheNewKey() {
        byte[] keyA = SecretSeal.newKey();
        byte[] keyB = SecretSeal.newKey();
        SecretSeal underA = new SecretSeal(keyA);
        String sealedUnderA = underA.seal("secret", "c");

        SecretSeal rotated = new SecretSeal(keyB, List.of(keyA));
        String sealedUnderB = rotated.seal("newer", "c");

        assertThat(rotated.currentPrefix()).isEqualTo(new SecretSeal(keyB).currentPrefix()).isNotEqualTo(underA.currentPrefix());
        assertThat(sealedUnderA).startsWith(underA.currentPrefix());
        assertThat(sealedUnderB).startsWith(rotated.currentPrefix());
        assertThat(rotated.open(sealedUnderA, "c")).isEqualTo("secret");
        assertThat(rotated.open(sealedUnderB, "c")).isEqualTo("newer");
    }

    @Test
    void aValueWhoseKeyIsNoLongerConfiguredIsRefusedNamingTheKey() {
        SecretSeal underA = new SecretSeal(SecretSeal.newKey());
        String sealedUnderA = underA.seal("secret", "c");
        String keyIdOfA = underA.currentPrefix().split(":")[1];

        assertThatThrownBy(() -> new SecretSeal(SecretSeal.newKey()).open(sealedUnderA, "c")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sealed under key " + keyIdOfA + ", which is not configured");
    }

    @Test
    void aValueSealedBeforeKeysHadIdsOpensUnderWhicheverConfiguredKeySealedIt() {
        byte[] keyA = SecretSeal.newKey();
        SecretSeal underA = new SecretSeal(keyA);
        // the v1 format is the v2 one without the key id
        String legacy = "v1:" + underA.seal("secret", "c").substring(underA.currentPrefix().length());

        assertThat(new SecretSeal(SecretSeal.newKey(), List.of(keyA)).open(legacy, "c")).isEqualTo("secret");
        assertThatThrownBy(() -> new SecretSeal(SecretSeal.newKey()).open(legacy, "c")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void anEarlierKeyFileIsNeverCreated(@TempDir Path dir) {
        assertThatThrownBy(() -> SecretSeal.fromKeyFiles(dir.resolve("current"), List.of(dir.resolve("earlier")), true, "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never created");
        assertThat(Files.exists(dir.resolve("earlier"))).isFalse();
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
