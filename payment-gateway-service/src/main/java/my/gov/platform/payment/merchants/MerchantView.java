package my.gov.platform.payment.merchants;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Merchant", description = "An agency payment application")
public record MerchantView(
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a20") UUID id,
        @Schema(examples = "JPJ") String agency,
        @Schema(examples = "MyJPJ Road Tax Renewal") String name,
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID trustmarkId,
        @Schema(examples = "[\"https://bayar.jpj.gov.my/return\"]") List<String> returnUrls,
        @Schema(examples = "https://api.jpj.gov.my/payments/callback") String callbackUrl,
        @Schema(description = "Only in the creation response: HMAC-SHA256 key for callbacks and return results",
                examples = "k3J9...") String callbackSecret,
        @Schema(examples = "2026-11-22T10:15:30Z") Instant createdAt) {

    public static MerchantView of(Merchant m) {
        return new MerchantView(m.id, m.agency, m.name, m.trustmarkId, List.copyOf(m.returnUrls), m.callbackUrl, null, m.createdAt);
    }

    static MerchantView withSecret(Merchants.WithSecret issued) {
        Merchant m = issued.merchant();
        return new MerchantView(m.id, m.agency, m.name, m.trustmarkId, List.copyOf(m.returnUrls), m.callbackUrl,
                issued.callbackSecret(), m.createdAt);
    }
}
