package my.gov.platform.payment.acquirers;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The SANDBOX acquirer's own setting, mapped beside it so that the production build has no trace of it. */
@ConfigMapping(prefix = "mygov.sandbox-acquirer")
public interface SandboxAcquirerConfig {
    /** Signs the sandbox acquirer's notifications; required only once the SANDBOX acquirer is used. */
    Optional<String> secret();
}
