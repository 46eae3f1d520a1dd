package my.gov.platform.identity.clients;

public enum ClientStatus {
    ACTIVE, DISABLED
}
