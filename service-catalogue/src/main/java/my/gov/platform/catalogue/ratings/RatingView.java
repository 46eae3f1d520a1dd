package my.gov.platform.catalogue.ratings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Rating", description = "A citizen's rating; who gave it is not shown")
public record RatingView(UUID id, UUID serviceId, @Schema(examples = "4") int stars,
                         @Schema(examples = "Mudah dan cepat.") String comment, Instant createdAt, Instant updatedAt) {
    static RatingView of(Rating r) {
        return new RatingView(r.id, r.serviceId, r.stars, r.comment, r.createdAt, r.updatedAt);
    }
}
