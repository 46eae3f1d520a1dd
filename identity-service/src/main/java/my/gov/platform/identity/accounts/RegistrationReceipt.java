package my.gov.platform.identity.accounts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The same answer whether or not the identifier was already registered, so registration cannot be
 * used to find out who has an account.
 */
@Schema(name = "RegistrationReceipt", description = "Registration accepted; verification codes were sent")
public record RegistrationReceipt(
        @Schema(examples = "VERIFICATION_SENT") String status,
        @Schema(examples = "s***@example.com") String emailSentTo,
        @Schema(examples = "+6012****789") String phoneSentTo) {
}
