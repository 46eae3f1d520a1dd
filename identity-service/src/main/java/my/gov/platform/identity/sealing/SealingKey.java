package my.gov.platform.identity.sealing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import my.gov.platform.commons.security.SecretSeal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The seal of stored TOTP secrets and private signing keys, from the file {@code
 * mygov.sealing.secrets-key-file} names (32 bytes, Base64, the same file on every replica). Required:
 * read as an injected setting, so a missing one is named with the service's other required settings.
 * {@code mygov.sealing.create-secrets-key} creates the file, owner-readable only, when it is missing
 * (local run and tests). After a rotation, {@code mygov.sealing.earlier-secrets-key-files} lists the
 * retired key files, which still open what they sealed until start-up has re-sealed it.
 */
@Singleton
public class SealingKey {
    @Produces
    @Singleton
    SecretSeal seal(@ConfigProperty(name = "mygov.sealing.secrets-key-file") Path file,
                    @ConfigProperty(name = "mygov.sealing.earlier-secrets-key-files") Optional<List<Path>> earlierFiles,
                    @ConfigProperty(name = "mygov.sealing.create-secrets-key", defaultValue = "false") boolean create) {
        return SecretSeal.fromKeyFiles(file, earlierFiles.orElse(List.of()), create, "mygov.sealing.create-secrets-key");
    }
}
