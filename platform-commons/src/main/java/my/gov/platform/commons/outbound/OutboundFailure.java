package my.gov.platform.commons.outbound;

/**
 * An outbound exchange that produced no usable answer. The message is what callers may show or
 * store; it is the same whether the target refused, was closed, filtered, slow or not allowed, so
 * the answers of this service cannot be used to map ports. The cause is only in the server log.
 */
public class OutboundFailure extends RuntimeException {
    public static final String UNREACHABLE = "could not be reached";

    OutboundFailure(String message) {
        super(message, null, false, false);
    }

    static OutboundFailure unreachable() {
        return new OutboundFailure(UNREACHABLE);
    }

    static OutboundFailure oversized(int maxBytes) {
        return new OutboundFailure("answered with more than " + maxBytes + " bytes");
    }
}
