package my.gov.platform.identity.passkeys;

/** An authenticator response that failed a WebAuthn check; callers answer without saying which. */
public class WebAuthnRejected extends RuntimeException {
    public WebAuthnRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
