package my.gov.platform.commons.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Judges the raw, percent-encoded text of a request line (path or query) by what it decodes to:
 * it must be UTF-8 and hold no NUL, since PostgreSQL refuses that byte and no identifier of ours has it.
 */
final class RequestText {
    enum Verdict { CLEAN, NUL, NOT_UTF8 }

    private RequestText() {
    }

    static Verdict judge(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Verdict.CLEAN;
        }
        byte[] bytes = percentDecoded(raw);
        if (bytes == null) {
            return Verdict.NOT_UTF8;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return Verdict.NUL;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Verdict.CLEAN;
        } catch (CharacterCodingException e) {
            return Verdict.NOT_UTF8;
        }
    }

    /** The bytes behind the text, or null when a {@code %} is not followed by two hex digits. */
    private static byte[] percentDecoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1)) || !HexFormat.isHexDigit(raw.charAt(i + 2))) {
                    return null;
                }
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else if (c > 0x7F) {
                // The request line reaches us byte for byte as ISO-8859-1 characters; keep the bytes.
                bytes.write(c & 0xFF);
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
