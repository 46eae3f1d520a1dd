package my.gov.platform.exchange.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the command-line verifier reads the keys an auditor trusts. */
class AuditVerifierCliTest {
    private static final String URL = "jdbc:postgresql://127.0.0.1:15432/exchange";

    @TempDir
    Path dir;

    @Test
    void withoutATrustedKeyNothingIsVerifiedSinceTheDatabasesKeysAreNeverTrusted() throws IOException {
        assertThatThrownBy(() -> AuditVerifierCli.trustedKeys(new String[] {URL, "auditor", "secret"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--trust");
        Path empty = Files.writeString(dir.resolve("empty.keys"), "# no key yet\n");
        assertThatThrownBy(() -> AuditVerifierCli.trustedKeys(new String[] {URL, "auditor", "secret", "--trust-file", empty.toString()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no trusted key");
    }

    @Test
    void keysGivenOnTheCommandLineAndInTrustFilesAreAllTrusted() throws IOException {
        String given = newPublicKey();
        String retired = newPublicKey();
        Path file = Files.writeString(dir.resolve("trusted.keys"), "# retired 2026-11-01\n\n" + retired + "\n");
        assertThat(AuditVerifierCli.trustedKeys(new String[] {URL, "auditor", "secret", "--trust", given, "--trust-file", file.toString()}))
                .containsOnlyKeys(CheckpointKey.idOf(given), CheckpointKey.idOf(retired));
    }

    @Test
    void eachTrustedKeyIsFoundByTheIdItsCheckpointsName() {
        String first = newPublicKey();
        String second = newPublicKey();
        assertThat(AuditVerifierCli.trustedKeys(new String[] {URL, "auditor", "secret", "--trust", first, "--trust", second}))
                .containsOnlyKeys(CheckpointKey.idOf(first), CheckpointKey.idOf(second));
    }

    @Test
    void wrongArgumentsAreRefused() {
        assertThatThrownBy(() -> AuditVerifierCli.trustedKeys(new String[] {URL, "auditor"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditVerifierCli.trustedKeys(new String[] {URL, "auditor", "secret", "--trust"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditVerifierCli.trustedKeys(new String[] {URL, "auditor", "secret", "--key", "x"}))
                .hasMessageContaining("unknown option --key");
        assertThatThrownBy(() -> AuditVerifierCli.trustedKeys(new String[] {URL, "auditor", "secret", "--trust", "bm90IGEga2V5"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String newPublicKey() {
        return Base64.getEncoder().encodeToString(CheckpointSigner.newKeyPair().getPublic().getEncoded());
    }
}
