package my.gov.platform.identity.mfa;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TotpEnrolment", description = "Authenticator-app enrolment: first the secret, then (after confirmation) the recovery codes")
public record TotpEnrolment(
        @Schema(description = "Base32 secret, for typing in when the QR code cannot be scanned", examples = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP") String secret,
        @Schema(description = "Key URI to show as a QR code", examples = "otpauth://totp/MyGov%20ID:siti%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=MyGov%20ID&algorithm=SHA1&digits=6&period=30")
        String otpauthUri,
        @Schema(description = "The key URI as a QR code: an SVG image in a data: URI, ready for an <img src>",
                examples = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA0MSA0MSI+...")
        String qrCode,
        @Schema(description = "One-time recovery codes, shown once", examples = "[\"01234-56789\"]") List<String> recoveryCodes) {
}
