package my.gov.platform.identity.sealing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import my.gov.platform.commons.security.SecretSeal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/**
 * The seal of stored TOTP secrets and private signing keys, from the file {@code
 * mygov.sealing.secrets-key-file} names (32 bytes, Base64, the same file on every replica). Required:
 * read as an injected setting, so a missing one is named with the service's other required settings.
 * {@code mygov.sealing.create-secrets-key} creates the file, owner-readable only, when it is missing
 * (local run and tests).
 */
@Singleton
public class SealingKey {
    @Produces
    @Singleton
    SecretSeal seal(@ConfigProperty(name = "mygov.sealing.secrets-key-file") Path file,
                    @ConfigProperty(name = "mygov.sealing.create-secrets-key", defaultValue = "false") boolean create) {
        return SecretSeal.fromKeyFile(file, create, "mygov.sealing.create-secrets-key");
    }
}
