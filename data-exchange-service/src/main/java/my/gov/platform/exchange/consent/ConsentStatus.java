package my.gov.platform.exchange.consent;

public enum ConsentStatus {
    GRANTED, REVOKED
}
