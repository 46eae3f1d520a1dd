package my.gov.platform.exchange.problems;

import my.gov.platform.commons.problem.ProblemKind;

/** The broker's own refusals: each reason has its own type so consumers can branch on it. */
public enum ExchangeProblem implements ProblemKind {
    CLASSIFIED_DATA("classified-data", 403, "Classified data is never shared",
            "Data classified Rahsia or Rahsia Besar never passes through the broker, whatever the agreement."),
    AGREEMENT_REQUIRED("agreement-required", 403, "An approved agreement is required",
            "Only open (Terbuka) fields may be read without an agreement; Terhad and Sulit fields need an approved one."),
    AGREEMENT_NOT_APPROVED("agreement-not-approved", 403, "The agreement is not approved",
            "The agreement named in the request has not been approved by the data owner (or was rejected)."),
    AGREEMENT_EXPIRED("agreement-expired", 403, "The agreement is not in force",
            "Today is outside the agreement's validity dates. Ask the data owner for a new agreement."),
    AGREEMENT_REVOKED("agreement-revoked", 403, "The agreement was revoked",
            "The data owner revoked this agreement; no more data may flow under it."),
    PURPOSE_MISMATCH("purpose-mismatch", 403, "The purpose does not match the agreement",
            "Every request must state the purpose its agreement was approved for."),
    FIELD_NOT_AGREED("field-not-agreed", 403, "A requested field is not covered by the agreement",
            "Ask only for fields named in the agreement, at or below the classification it allows."),
    CONSENT_MISSING("consent-missing", 403, "The citizen has not consented",
            "Some fields need the citizen's consent for this consumer, purpose and fields, and none is in force."),
    CONSENT_REVOKED("consent-revoked", 403, "The citizen revoked their consent",
            "The citizen withdrew the consent this request relies on."),
    VOLUME_EXHAUSTED("volume-exhausted", 429, "The agreement's volume is used up",
            "The agreement allows a fixed number of requests and all of them have been made."),
    RECORD_NOT_FOUND("record-not-found", 404, "The registry has no such record",
            "The provider answered that it holds no record for the key given."),
    AUDIT_UNAVAILABLE("audit-unavailable", 503, "The exchange could not be recorded",
            "Every answer is written to the audit log before it is returned; that failed, so no data was returned. Retry later.");

    private final Definition definition;

    ExchangeProblem(String slug, int status, String title, String explanation) {
        this.definition = new Definition(slug, status, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
