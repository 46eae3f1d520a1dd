package my.gov.platform.identity.accounts;

public enum VerificationChannel {
    EMAIL, PHONE
}
