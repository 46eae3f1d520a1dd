package my.gov.platform.exchange.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checkpoint signing key, read from (or created in) a file outside the database. */
class CheckpointKeyTest {
    @TempDir
    Path dir;

    @Test
    void aMissingKeyIsCreatedReadableByItsOwnerOnlyAndReadBackAsTheSameKey() throws IOException {
        Path file = dir.resolve("secrets/audit.pem");
        CheckpointKey created = new CheckpointKey(file, true);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("-----BEGIN PRIVATE KEY-----", "-----BEGIN PUBLIC KEY-----");
        CheckpointKey read = new CheckpointKey(file, false);
        assertThat(read.keyId()).isEqualTo(created.keyId()).isEqualTo(CheckpointKey.idOf(created.publicKey()))
                .matches("exchange-audit-[0-9a-f]{16}");
        Checkpoint signed = read.sign(3, "ab".repeat(32), Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(signed.keyId()).isEqualTo(created.keyId());
        assertThat(CheckpointSigner.verify(signed, CheckpointSigner.publicKey(created.publicKey()))).isTrue();
    }

    @Test
    void withoutAKeyFileTheServiceDoesNotStartUnlessToldToCreateOne() {
        Path file = dir.resolve("absent.pem");
        assertThatThrownBy(() -> new CheckpointKey(file, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileWhoseTwoKeysAreNotOnePairIsRefused() throws IOException {
        Path one = dir.resolve("one.pem");
        Path other = dir.resolve("other.pem");
        new CheckpointKey(one, true);
        new CheckpointKey(other, true);
        String privateOfOne = Files.readString(one).split("(?=-----BEGIN PUBLIC KEY-----)")[0];
        String publicOfOther = Files.readString(other).split("(?=-----BEGIN PUBLIC KEY-----)")[1];
        Path mixed = dir.resolve("mixed.pem");
        Files.writeString(mixed, privateOfOne + publicOfOther);

        assertThatThrownBy(() -> new CheckpointKey(mixed, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not one key pair");
        Files.writeString(mixed, privateOfOne);
        assertThatThrownBy(() -> new CheckpointKey(mixed, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PUBLIC KEY");
    }
}
