package my.gov.platform.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/**
 * Strings as Jackson reads them, minus those PostgreSQL cannot store as sent: NUL ({@code "\u0000"}), which it
 * refuses, and a lone UTF-16 surrogate ({@code "\uD800"}, {@code "\uDC00abc"}, a high one not followed by a low
 * one), which is no character at all and which the driver would silently store as {@code ?}. Jackson decodes such
 * escapes (and raw UTF-8 bytes of a surrogate) without complaint, so the check is here.
 */
final class StorableStrings extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value == null) {
            return null;
        }
        if (value.indexOf('\0') >= 0) {
            throw context.weirdStringException(value, String.class, "contains a NUL character");
        }
        if (hasLoneSurrogate(value)) {
            throw context.weirdStringException(value, String.class, "contains a lone UTF-16 surrogate");
        }
        return value;
    }

    private static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
