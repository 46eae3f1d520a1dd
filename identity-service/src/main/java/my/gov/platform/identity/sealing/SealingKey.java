package my.gov.platform.identity.sealing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import my.gov.platform.commons.security.SecretSeal;
import my.gov.platform.identity.config.IdentityConfig;

/** The seal of stored TOTP secrets and private signing keys, from {@code mygov.identity.secrets-key-file}. */
@Singleton
public class SealingKey {
    @Produces
    @Singleton
    SecretSeal seal(IdentityConfig config) {
        return SecretSeal.fromKeyFile(config.secretsKeyFile(), config.createSecretsKey(), "mygov.identity.create-secrets-key");
    }
}
