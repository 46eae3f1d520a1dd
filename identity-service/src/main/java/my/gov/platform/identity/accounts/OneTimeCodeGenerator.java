package my.gov.platform.identity.accounts;

import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;

/** Six-digit one-time codes from a cryptographic random source. */
@ApplicationScoped
public class OneTimeCodeGenerator {
    private static final SecureRandom RANDOM = new SecureRandom();

    public String next(String destination) {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
