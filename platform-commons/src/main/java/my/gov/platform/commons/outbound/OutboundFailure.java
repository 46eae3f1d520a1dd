package my.gov.platform.commons.outbound;

/**
 * An outbound exchange that produced no usable answer. The message is what callers may show or
 * store; it is the same whether the target refused, was closed, filtered, slow or not allowed, so
 * the answers of this service cannot be used to map ports. The cause is only in the server log.
 */
public class OutboundFailure extends RuntimeException {
    public static final String UNREACHABLE = "could not be reached";

    private final boolean timedOut;

    private OutboundFailure(String message, boolean timedOut) {
        super(message, null, false, false);
        this.timedOut = timedOut;
    }

    static OutboundFailure unreachable(boolean timedOut) {
        return new OutboundFailure(UNREACHABLE, timedOut);
    }

    static OutboundFailure oversized(int maxBytes) {
        return new OutboundFailure("answered with more than " + maxBytes + " bytes", false);
    }

    /**
     * Whether no answer came in time, for the caller's retry decision only (a target that may still be
     * working is not asked again); never to be shown, as it would tell a filtered port from a closed one.
     */
    public boolean timedOut() {
        return timedOut;
    }
}
