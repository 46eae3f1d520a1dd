package my.gov.platform.commons.outbound;

import java.nio.charset.StandardCharsets;

/** A whole answer to an outbound request; redirects are answers like any other, never followed. */
public record OutboundResponse(int status, byte[] body) {
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
