package my.gov.platform.identity.clients;

/** Fired when a client is registered or changed, so in-memory copies are dropped once the change commits. */
public record ClientRegistryChanged(String clientId) {
}
