package my.gov.platform.exchange.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static my.gov.platform.exchange.audit.AuditVerifierCliTest.newPublicKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The keys the service's verification trusts come from its key files, the current one first. */
class TrustedKeysTest {
    @TempDir
    Path dir;

    @Test
    void theCurrentKeyAndTheRetiredKeysFileAreTrusted() throws IOException {
        CheckpointKey current = new CheckpointKey(dir.resolve("signing.pem"), true);
        String retired = newPublicKey();
        Path file = Files.writeString(dir.resolve("retired.keys"), "# signed until 2026-11-30\n" + retired + "\n\n");

        TrustedKeys trusted = new TrustedKeys(current, Optional.of(file));

        assertThat(trusted.publicKeys().keySet()).containsExactly(current.keyId(), CheckpointKey.idOf(retired));
        assertThat(trusted.keys()).containsOnlyKeys(current.keyId(), CheckpointKey.idOf(retired));
        assertThat(new TrustedKeys(current, Optional.empty()).keys()).containsOnlyKeys(current.keyId());
    }

    @Test
    void aRetiredKeysFileWithSomethingElseThanKeysStopsTheStart() throws IOException {
        CheckpointKey current = new CheckpointKey(dir.resolve("signing.pem"), true);
        Path file = Files.writeString(dir.resolve("retired.keys"), newPublicKey() + "\nnot-a-key\n");
        assertThatThrownBy(() -> new TrustedKeys(current, Optional.of(file))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString());
        assertThatThrownBy(() -> new TrustedKeys(current, Optional.of(dir.resolve("absent.keys"))))
                .hasMessageContaining("absent.keys");
    }
}
