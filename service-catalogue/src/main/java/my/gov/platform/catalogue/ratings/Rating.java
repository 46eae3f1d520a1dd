package my.gov.platform.catalogue.ratings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Suara Rakyat: one citizen's rating of one service (the citizen is the token subject, never a MyKad number). */
@Entity
@Table(name = "service_rating")
public class Rating extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "service_id", nullable = false)
    public UUID serviceId;
    @Column(nullable = false)
    public String citizen;
    @Column(nullable = false)
    public int stars;
    public String comment;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
