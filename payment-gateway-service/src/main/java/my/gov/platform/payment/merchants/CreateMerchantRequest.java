package my.gov.platform.payment.merchants;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "CreateMerchantRequest", description = "A payment application of the calling agency")
public record CreateMerchantRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "MyJPJ Road Tax Renewal") String name,
        @NotNull @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID trustmarkId,
        @NotEmpty @Size(max = 10)
        @Schema(examples = "[\"https://bayar.jpj.gov.my/return\"]")
        List<@NotBlank @Size(max = 1000) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) URL") String> returnUrls,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) URL")
        @Schema(description = "Where signed callbacks are sent: https, on a host that resolves to public addresses only",
                examples = "https://api.jpj.gov.my/payments/callback") String callbackUrl) {
}
