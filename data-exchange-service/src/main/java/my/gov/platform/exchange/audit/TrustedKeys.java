package my.gov.platform.exchange.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import my.gov.platform.exchange.config.ExchangeConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checkpoint keys verification trusts, by key id: the current signing key (its public half, from
 * {@code mygov.exchange.audit.signing-key-file}) and the retired keys listed in
 * {@code mygov.exchange.audit.retired-keys-file}. Never a key from {@code audit_signing_key}: whoever can
 * write the audit tables could register a key of their own there and sign a rewritten log with it.
 */
@ApplicationScoped
public class TrustedKeys {
    private final Map<String, String> publicKeys;
    private final Map<String, PublicKey> keys;

    @Inject
    TrustedKeys(CheckpointKey current, ExchangeConfig config) {
        this(current, config.exchange().audit().retiredKeysFile());
    }

    TrustedKeys(CheckpointKey current, Optional<Path> retiredKeysFile) {
        List<String> all = new ArrayList<>(List.of(current.publicKey()));
        retiredKeysFile.ifPresent(file -> all.addAll(read(file)));
        this.publicKeys = byId(all);
        this.keys = parse(all);
    }

    /** Base64 public keys by key id, the current one first. */
    public Map<String, String> publicKeys() {
        return publicKeys;
    }

    public Map<String, PublicKey> keys() {
        return keys;
    }

    /** Each Base64 public key (as {@code GET /v1/audit/public-keys} serves them) by the id its checkpoints name. */
    static Map<String, PublicKey> parse(Collection<String> publicKeys) {
        Map<String, PublicKey> parsed = new LinkedHashMap<>();
        byId(publicKeys).forEach((id, key) -> parsed.put(id, CheckpointSigner.publicKey(key)));
        return Collections.unmodifiableMap(parsed);
    }

    /**
     * A file of trusted public keys: one Base64 key a line; blank lines and lines starting with {@code #}
     * (say, whose key it was and when it was retired) are skipped.
     */
    static List<String> read(Path file) {
        try {
            List<String> keys = Files.readAllLines(file, StandardCharsets.US_ASCII).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            parse(keys);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trusted audit keys file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The trusted audit keys file " + file
                    + " must hold one Base64 Ed25519 public key a line", e);
        }
    }

    private static Map<String, String> byId(Collection<String> publicKeys) {
        Map<String, String> byId = new LinkedHashMap<>();
        publicKeys.forEach(key -> byId.put(CheckpointKey.idOf(key), key));
        return Collections.unmodifiableMap(byId);
    }
}
