package my.gov.platform.payment.hosted;

import my.gov.platform.payment.signing.HmacSigner;

/**
 * The result sent back with the payer to the agency's return URL, signed with the merchant's
 * secret over {@code paymentId.status.billReference.t} so the agency can trust what the browser carries.
 */
public final class ReturnSignature {
    private ReturnSignature() {
    }

    public static String sign(String secret, String paymentId, String status, String billReference, long t) {
        return HmacSigner.sign(secret, paymentId + "." + status + "." + billReference + "." + t);
    }
}
