package my.gov.platform.catalogue.services;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import my.gov.platform.commons.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A service record as an agency describes it; the owner agency comes from the caller's token. */
@Schema(name = "ServiceRequest")
public record ServiceRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}", message = "must be an upper-case code such as JPJ-LESEN-MEMANDU")
        @Schema(examples = "JPJ-LESEN-MEMANDU-PERBAHARUI", description = "Starts with the owner agency's code and a hyphen") String code,
        @NotBlank @Size(max = 300) @Schema(examples = "Pembaharuan Lesen Memandu") String nameMs,
        @NotBlank @Size(max = 300) @Schema(examples = "Driving Licence Renewal") String nameEn,
        @NotBlank @Size(max = 2000) @Schema(examples = "Perbaharui lesen memandu kompeten dalam talian.") String descriptionMs,
        @NotBlank @Size(max = 2000) @Schema(examples = "Renew a competent driving licence online.") String descriptionEn,
        @NotBlank @Size(max = 60) @Schema(examples = "INFRASTRUKTUR") String sector,
        @NotBlank @Size(max = 60) @Schema(examples = "PENGANGKUTAN") String cluster,
        @NotBlank @Size(max = 60) @Schema(examples = "PENGANGKUTAN") String domain,
        @NotEmpty @Size(max = 10) @Schema(description = "Exactly one target group: an E2E service serves one group", examples = "[\"G2C\"]")
        List<@NotBlank @Size(max = 60) String> targetGroups,
        @NotBlank @Size(max = 60) @Schema(description = "A touchpoint of the target group", examples = "PENGANGKUTAN") String lifeEvent,
        @NotNull @Size(max = 17) @Schema(examples = "[\"TENAGA_KERJA_MUDA\"]") List<@NotBlank @Size(max = 60) String> personas,
        @NotEmpty @Size(max = 20) @Schema(examples = "[\"VERIFY_CHECK\", \"PAY_DISBURSE\", \"ISSUE_RENEW\"]") List<@NotBlank @Size(max = 60) String> processes,
        @NotEmpty @Size(max = 10) @Schema(examples = "[\"WEB\", \"MOBILE_APP\"]") List<@NotBlank @Size(max = 60) String> channels,
        @NotNull @Valid Money fee,
        @NotNull @Schema(examples = "true") Boolean usesSso,
        @NotNull @Schema(examples = "true") Boolean usesEpayment,
        @NotNull @Schema(examples = "false") Boolean usesMygdx,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Step> steps) {
}
