package my.gov.platform.testing.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One hostile request: the path and query already percent-encoded as sent (so it can hold {@code %00} or {@code %FF}),
 * the body as raw bytes (so it can hold invalid UTF-8), and what makes it hostile, for the failure report.
 */
record FuzzRequest(String method, String pathAndQuery, String headerName, String headerValue, String contentType,
                   byte[] body, String hostility) {

    static FuzzRequest of(String method, String pathAndQuery, String hostility) {
        return new FuzzRequest(method, pathAndQuery, null, null, null, null, hostility);
    }

    FuzzRequest withBody(String contentType, byte[] body, String hostility) {
        return new FuzzRequest(method, pathAndQuery, headerName, headerValue, contentType, body, hostility);
    }

    FuzzRequest withHeader(String name, String value, String hostility) {
        return new FuzzRequest(method, pathAndQuery, name, value, contentType, body, hostility);
    }

    /** Shortened so that a 100 000-character value does not bury the report. */
    String describe() {
        String text = method + " " + shorten(pathAndQuery)
                + (headerName == null ? "" : " [" + headerName + ": " + shorten(headerValue) + "]")
                + (body == null ? "" : " [" + contentType + "] " + shorten(new String(body, StandardCharsets.UTF_8)));
        return text + " (" + hostility + ")";
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " chars)";
    }
}
