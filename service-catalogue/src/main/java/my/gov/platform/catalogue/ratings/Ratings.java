package my.gov.platform.catalogue.ratings;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.catalogue.services.ServiceRegistry;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One rating per citizen per service: rating again replaces the earlier stars and comment. */
@ApplicationScoped
public class Ratings {
    private final ServiceRegistry registry;

    Ratings(ServiceRegistry registry) {
        this.registry = registry;
    }

    public record Outcome(Rating rating, boolean created) {
    }

    @Transactional
    public Outcome rate(UUID serviceId, String citizen, RatingRequest request) {
        registry.get(serviceId);
        Rating rating = Rating.<Rating>find("serviceId = ?1 and citizen = ?2", serviceId, citizen).firstResult();
        boolean created = rating == null;
        Instant now = Instant.now();
        if (created) {
            rating = new Rating();
            rating.id = Ids.newId();
            rating.serviceId = serviceId;
            rating.citizen = citizen;
            rating.createdAt = now;
        }
        rating.stars = request.stars();
        rating.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        rating.updatedAt = now;
        if (created) {
            rating.persist();
        }
        return new Outcome(rating, created);
    }

    @Transactional
    public Rating get(UUID serviceId, UUID ratingId) {
        return Rating.<Rating>find("id = ?1 and serviceId = ?2", ratingId, serviceId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("rating", ratingId));
    }

    @Transactional
    public RatingSummary summary(UUID serviceId, PageRequest page) {
        registry.get(serviceId);
        Object[] stats = Rating.getEntityManager()
                .createQuery("select avg(r.stars), count(r) from Rating r where r.serviceId = ?1", Object[].class)
                .setParameter(1, serviceId).getSingleResult();
        UUID after = page.after();
        List<Rating> rows = (after == null
                ? Rating.<Rating>find("serviceId", Sort.by("id"), serviceId)
                : Rating.<Rating>find("serviceId = ?1 and id > ?2", Sort.by("id"), serviceId, after))
                .page(0, page.limit + 1).list();
        Double average = stats[0] == null ? null : Math.round(((Number) stats[0]).doubleValue() * 10) / 10.0;
        return new RatingSummary(average, ((Number) stats[1]).longValue(),
                Page.of(rows, page.limit, RatingView::of, r -> PageRequest.cursorOf(r.id)));
    }
}
