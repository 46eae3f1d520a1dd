package my.gov.platform.catalogue.services;

import my.gov.platform.catalogue.onceonly.OnceOnlyBreach;
import my.gov.platform.commons.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Service", description = "A government service with its computed E2E status")
public record ServiceView(
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID id,
        @Schema(examples = "JPJ-LESEN-MEMANDU-PERBAHARUI") String code,
        @Schema(examples = "JPJ") String agency,
        @Schema(examples = "Pembaharuan Lesen Memandu") String nameMs,
        @Schema(examples = "Driving Licence Renewal") String nameEn,
        String descriptionMs,
        String descriptionEn,
        @Schema(examples = "INFRASTRUKTUR") String sector,
        @Schema(examples = "PENGANGKUTAN") String cluster,
        @Schema(examples = "PENGANGKUTAN") String domain,
        @Schema(examples = "G2C") String targetGroup,
        @Schema(examples = "PENGANGKUTAN") String lifeEvent,
        List<String> personas,
        List<String> processes,
        List<String> channels,
        Money fee,
        boolean usesSso,
        boolean usesEpayment,
        boolean usesMygdx,
        List<Step> steps,
        E2eAssessment e2e,
        @Schema(description = "Steps asking for data a registry product already holds (once-only principle); only on GET /v1/services/{id}")
        List<OnceOnlyBreach> onceOnlyBreaches,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static ServiceView of(CatalogueService s, List<OnceOnlyBreach> breaches) {
        return new ServiceView(s.id, s.code, s.agency, s.nameMs, s.nameEn, s.descriptionMs, s.descriptionEn, s.sector,
                s.cluster, s.domain, s.targetGroup, s.lifeEvent, List.copyOf(s.personas), List.copyOf(s.processes),
                List.copyOf(s.channels), s.fee(), s.usesSso, s.usesEpayment, s.usesMygdx, List.copyOf(s.steps),
                s.assessment(), breaches, s.createdAt, s.updatedAt, s.version);
    }
}
