package my.gov.platform.catalogue.ratings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RatingRequest")
public record RatingRequest(
        @NotNull @Min(1) @Max(5) @Schema(examples = "4") Integer stars,
        @Size(max = 1000) @Schema(examples = "Mudah dan cepat, tetapi perlu ke kaunter untuk ambil lesen.") String comment) {
}
