package my.gov.platform.identity.accounts;

import java.util.UUID;

/**
 * Fired synchronously inside the deactivation transaction, so sessions and refresh tokens of the
 * account end in the same transaction as the status change.
 */
public record AccountDeactivated(UUID accountId) {
}
