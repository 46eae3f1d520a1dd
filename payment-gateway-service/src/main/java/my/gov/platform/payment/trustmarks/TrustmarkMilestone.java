package my.gov.platform.payment.trustmarks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** One recorded step of a trustmark's certification (self-assessment, penetration test, letter, audit). */
@Entity
@Table(name = "trustmark_milestone")
public class TrustmarkMilestone extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "trustmark_id", nullable = false)
    public UUID trustmarkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneKind kind;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    public String reference;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static List<TrustmarkMilestone> of(UUID trustmarkId) {
        return list("trustmarkId = ?1 order by completedOn, id", trustmarkId);
    }

    static Set<MilestoneKind> kindsOf(UUID trustmarkId) {
        return of(trustmarkId).stream().map(m -> m.kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MilestoneKind.class)));
    }
}
