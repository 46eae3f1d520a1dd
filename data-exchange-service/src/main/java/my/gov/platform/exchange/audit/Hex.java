package my.gov.platform.exchange.audit;

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
}
