package my.gov.platform.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies holding bytes that are not UTF-8, which no encoder in a test client would produce:
 * a truncated sequence (C3 28), an overlong "/" (C0 AF) and an encoded lone surrogate (ED A0 80).
 */
public final class BrokenUtf8 {
    public static final byte[] TRUNCATED = {(byte) 0xC3, 0x28};
    public static final byte[] OVERLONG = {(byte) 0xC0, (byte) 0xAF};
    public static final byte[] SURROGATE = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};

    private BrokenUtf8() {
    }

    /** {@code text} as UTF-8 with its first {@code target} replaced by the raw {@code bytes}. */
    public static byte[] replacing(String text, String target, byte[] bytes) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new IllegalArgumentException(target + " is not in the body");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(text.substring(at + target.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
