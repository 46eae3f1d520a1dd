package my.gov.platform.payment.payments;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.payment.calendar.MalaysiaTime;
import my.gov.platform.payment.merchants.PayableMerchant;
import my.gov.platform.payment.trustmarks.Trustmark;
import my.gov.platform.payment.trustmarks.TrustmarkCheck;

/**
 * Applies the MTSA check to a merchant's trustmark as it stands in the database right now: the
 * trustmark is read with the merchant on every request (no cache), so a suspension or revocation
 * takes effect on the next request on every replica.
 */
@ApplicationScoped
public class TrustmarkGuard {
    public void require(PayableMerchant merchant, String returnUrl) {
        Trustmark trustmark = merchant.trustmark();
        String host = TrustmarkCheck.hostOf(returnUrl);
        TrustmarkCheck.refusal(trustmark, host, MalaysiaTime.today()).ifPresent(refusal -> {
            throw new ProblemException(refusal, "Trustmark " + trustmark.certificateNumber + " of " + merchant.name()
                    + ": " + refusal.title() + (host != null ? " (return host " + host + ")" : ""))
                    .with("reason", refusal.name())
                    .with("certificateNumber", trustmark.certificateNumber)
                    .with("trustmarkStatus", trustmark.status);
        });
    }
}
