package my.gov.platform.identity.oauth;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A JSON answer that carries a credential or its state, which no cache may keep (RFC 6749 §5.1, RFC 7662 §2.2). */
final class NoStoreResponse {
    private NoStoreResponse() {
    }

    static Response of(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }
}
