package my.gov.platform.commons.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import my.gov.platform.commons.problem.JsonFailures;
import my.gov.platform.commons.problem.Violation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Judges a JSON body's bytes as UTF-8 (RFC 8259 §8.1) before Jackson reads them: Jackson decodes
 * overlong forms and encoded surrogates (ED A0 80) into characters without complaint, and PostgreSQL
 * would then store or refuse what the caller never meant to send.
 */
final class JsonBodyText {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonBodyText() {
    }

    /** The field whose text is not UTF-8 (dotted path, "body" when it lies outside any field), if any. */
    static Optional<Violation> refused(byte[] body) {
        ByteBuffer in = ByteBuffer.wrap(body);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        if (!strict.decode(in, CharBuffer.allocate(body.length), true).isError()) {
            return Optional.empty();
        }
        String field = fieldAt(body, in.position());
        return Optional.of(new Violation(field.isEmpty() ? "body" : field, "is not UTF-8"));
    }

    /** Where a parser stands when the well-formed text before {@code offset} runs out. */
    private static String fieldAt(byte[] body, int offset) {
        try (JsonParser parser = JSON.createParser(body, 0, offset)) {
            while (parser.nextToken() != null) {
                // read up to the broken bytes; the parser fails there or the text before them ends
            }
            return "";
        } catch (JsonProcessingException stoppedInside) {
            return JsonFailures.fieldBeingRead(stoppedInside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
