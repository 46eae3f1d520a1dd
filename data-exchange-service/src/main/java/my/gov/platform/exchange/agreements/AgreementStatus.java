package my.gov.platform.exchange.agreements;

public enum AgreementStatus {
    REQUESTED, APPROVED, REJECTED, REVOKED
}
