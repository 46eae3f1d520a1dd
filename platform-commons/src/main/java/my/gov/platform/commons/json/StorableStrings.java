package my.gov.platform.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/**
 * Strings as Jackson reads them, minus those holding NUL ({@code "\u0000"}): PostgreSQL cannot store
 * that character, and no field of ours has a use for it.
 */
final class StorableStrings extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            throw context.weirdStringException(value, String.class, "contains a NUL character");
        }
        return value;
    }
}
