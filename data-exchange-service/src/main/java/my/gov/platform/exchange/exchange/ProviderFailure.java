package my.gov.platform.exchange.exchange;

/** A provider call that failed; {@link #timedOut} distinguishes 504 from 502. */
public class ProviderFailure extends RuntimeException {
    private final boolean timedOut;

    ProviderFailure(String message, boolean timedOut) {
        super(message, null, false, false);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }

    /** Timeouts are not retried: the provider may still be working on the first attempt. */
    static final class TimedOut extends ProviderFailure {
        TimedOut(String message) {
            super(message, true);
        }
    }

    /** Errors and refused connections are retried: a GET changes nothing. */
    static final class Unavailable extends ProviderFailure {
        Unavailable(String message) {
            super(message, false);
        }
    }
}
