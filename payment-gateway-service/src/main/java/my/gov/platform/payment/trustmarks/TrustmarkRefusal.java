package my.gov.platform.payment.trustmarks;

import my.gov.platform.commons.problem.ProblemKind;

/** Why the gateway refuses to take a payment for an application: each is its own problem type. */
public enum TrustmarkRefusal implements ProblemKind {
    TRUSTMARK_SUSPENDED("trustmark-suspended", 403, "The payment application's trustmark is suspended",
            "CyberSecurity Malaysia suspended the MTSA trustmark of this payment application; no payment can be taken until it is reinstated."),
    TRUSTMARK_REVOKED("trustmark-revoked", 403, "The payment application's trustmark is revoked",
            "The MTSA trustmark of this payment application was revoked; it can no longer take payments."),
    TRUSTMARK_EXPIRED("trustmark-expired", 403, "The payment application's trustmark has expired",
            "The MTSA trustmark's validity has ended; the agency must renew it before taking payments."),
    TRUSTMARK_NOT_YET_VALID("trustmark-not-yet-valid", 403, "The payment application's trustmark is not valid yet",
            "The MTSA trustmark is not in force yet: its certification milestones (self-assessment, penetration test, "
                    + "certification letter) are not all recorded, or its validity starts later. Payments can be taken once it is ACTIVE."),
    RETURN_HOST_NOT_COVERED("return-host-not-covered", 422, "The return URL is outside the trustmark",
            "The payer may only be sent back to a host name the application's MTSA trustmark covers.");

    private final Definition definition;

    TrustmarkRefusal(String slug, int status, String title, String explanation) {
        this.definition = new Definition(slug, status, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
