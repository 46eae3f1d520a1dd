package my.gov.platform.exchange.exchange;

/** A provider call that failed; its kind decides whether it is retried, never what the consumer is told. */
public class ProviderFailure extends RuntimeException {
    ProviderFailure(String message) {
        super(message, null, false, false);
    }

    /** Timeouts are not retried: the provider may still be working on the first attempt. */
    static final class TimedOut extends ProviderFailure {
        TimedOut(String message) {
            super(message);
        }
    }

    /** Errors and refused connections are retried: a GET changes nothing. */
    static final class Unavailable extends ProviderFailure {
        Unavailable(String message) {
            super(message);
        }
    }
}
