package my.gov.platform.payment.merchants;

import my.gov.platform.commons.problem.Violation;
import my.gov.platform.payment.trustmarks.Trustmark;
import my.gov.platform.payment.trustmarks.TrustmarkCheck;

import java.util.ArrayList;
import java.util.List;

/**
 * The hosts a payment application sends payers (return URLs) and results (callback URL) to are hosts its
 * MTSA trustmark certifies, so a trustmark for one site cannot vouch for payments that end up on another.
 */
final class MerchantUrls {
    private MerchantUrls() {
    }

    /** One violation per URL whose host the trustmark does not cover; empty when all are covered. */
    static List<Violation> outside(Trustmark trustmark, CreateMerchantRequest request) {
        List<Violation> outside = new ArrayList<>();
        for (int i = 0; i < request.returnUrls().size(); i++) {
            check(trustmark, "returnUrls[" + i + "]", request.returnUrls().get(i), outside);
        }
        check(trustmark, "callbackUrl", request.callbackUrl(), outside);
        return outside;
    }

    private static void check(Trustmark trustmark, String field, String url, List<Violation> outside) {
        String host = TrustmarkCheck.hostOf(url);
        if (!trustmark.covers(host)) {
            outside.add(new Violation(field, (host == null ? "has no host" : "host " + host + " is not")
                    + " among the hosts of trustmark " + trustmark.certificateNumber + " " + trustmark.hosts));
        }
    }
}
