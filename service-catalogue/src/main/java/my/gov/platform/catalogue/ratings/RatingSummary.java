package my.gov.platform.catalogue.ratings;

import my.gov.platform.commons.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RatingSummary")
public record RatingSummary(
        @Schema(examples = "4.2", description = "Absent when nobody has rated the service") Double average,
        @Schema(examples = "37") long count,
        Page<RatingView> ratings) {
}
