package my.gov.platform.exchange.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Hashes travel and rest as lower-case hex. */
public final class Hex {
    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    public static byte[] parse(String hex) {
        return FORMAT.parseHex(hex);
    }

    public static List<String> of(List<byte[]> hashes) {
        return hashes.stream().map(Hex::of).toList();
    }

    /** The SHA-256 of some bytes, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return of(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
