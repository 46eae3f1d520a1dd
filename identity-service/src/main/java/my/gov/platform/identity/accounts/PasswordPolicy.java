package my.gov.platform.identity.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Password rules: 12 to 128 characters, not the sign-in identifier, and not a common or breached password,
 * neither as it is nor with digits or symbols added before or after ({@code Sunshine2026!}): that is how
 * people stretch a listed password to the minimum length, and guessing tools try those variants first.
 */
public final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load("/common-passwords.txt", "/breached-passwords.txt");
    private static final Pattern PADDING = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    private PasswordPolicy() {
    }

    /** @return why the password is refused, or empty when it is acceptable */
    public static Optional<String> check(String password, String... identifiers) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        String normalised = normalise(password);
        for (String identifier : identifiers) {
            if (identifier != null && !identifier.isBlank()
                    && (normalised.equals(normalise(identifier)) || normalised.contains(normalise(identifier)))) {
                return Optional.of("must not contain your identity card number or e-mail address");
            }
        }
        String lowerCase = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lowerCase) || COMMON.contains(PADDING.matcher(lowerCase).replaceAll(""))) {
            return Optional.of("is a common or breached password (digits or symbols around it do not change that); "
                    + "choose a passphrase of your own");
        }
        return Optional.empty();
    }

    private static String normalise(String value) {
        return value.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    private static Set<String> load(String... resources) {
        Set<String> passwords = new HashSet<>();
        for (String resource : resources) {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(l -> l.toLowerCase(Locale.ROOT)).forEach(passwords::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(passwords);
    }
}
