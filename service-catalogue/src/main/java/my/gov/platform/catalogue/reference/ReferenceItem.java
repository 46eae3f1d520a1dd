package my.gov.platform.catalogue.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a reference list, named in Bahasa Melayu and English. */
@Schema(name = "ReferenceItem")
public record ReferenceItem(
        @Schema(examples = "KELAHIRAN") String code,
        @Schema(examples = "Kelahiran") String nameMs,
        @Schema(examples = "Birth") String nameEn,
        @Schema(description = "The sector of a cluster or domain, the target group of a life event; absent otherwise",
                examples = "G2C") String parent) {

    public String name(String lang) {
        return "en".equals(lang) ? nameEn : nameMs;
    }
}
