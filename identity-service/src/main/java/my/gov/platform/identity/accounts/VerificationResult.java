package my.gov.platform.identity.accounts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationResult", description = "The account's status after a successful verification")
public record VerificationResult(@Schema(examples = "ACTIVE") AccountStatus status) {
}
