package my.gov.platform.identity.accounts;

import java.util.UUID;

/**
 * Fired synchronously inside the registration transaction when someone signs up as a civil servant of
 * {@code agencyCode}, so the request for their head of department's approval is stored with the account.
 */
public record CivilServantSignedUp(UUID accountId, String agencyCode) {
}
