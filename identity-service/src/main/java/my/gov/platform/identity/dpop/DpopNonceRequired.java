package my.gov.platform.identity.dpop;

/** RFC 9449 §8: the proof must carry the server's current nonce, which the answer hands over. */
public class DpopNonceRequired extends RuntimeException {
    private final String nonce;

    public DpopNonceRequired(String nonce) {
        super("Use the DPoP nonce in the DPoP-Nonce header of this response", null, false, false);
        this.nonce = nonce;
    }

    public String nonce() {
        return nonce;
    }
}
