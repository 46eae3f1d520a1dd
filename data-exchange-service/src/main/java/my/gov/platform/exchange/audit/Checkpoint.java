package my.gov.platform.exchange.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A signed tree head: the log's size and root at one moment, signed by the log's key. */
public record Checkpoint(long treeSize, String rootHash, Instant signedAt, String keyId, String signature) {

    /** The exact bytes that are signed; an auditor rebuilds them to check the signature. */
    public byte[] signedText() {
        return ("data-exchange-service audit log\n" + treeSize + "\n" + rootHash + "\n" + signedAt + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
