package my.gov.platform.exchange.audit;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the command-line verifier reads the keys an auditor trusts. */
class AuditVerifierCliTest {
    private static final String URL = "jdbc:postgresql://127.0.0.1:15432/exchange";

    @Test
    void withoutTrustedKeysTheDatabaseKeysAreUsed() {
        assertThat(AuditVerifierCli.trustedKeys(new String[] {URL, "auditor", "secret"})).isNull();
    }

    @Test
    void eachTrustedKeyIsFoundByTheIdItsCheckpointsName() {
        String first = Base64.getEncoder().encodeToString(CheckpointSigner.newKeyPair().getPublic().getEncoded());
        String second = Base64.getEncoder().encodeToString(CheckpointSigner.newKeyPair().getPublic().getEncoded());
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
}
