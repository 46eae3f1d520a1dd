package my.gov.platform.catalogue.kpi;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A planned rise of an E2E rate between two quarters. */
@Entity
@Table(name = "kpi_target")
public class KpiTarget extends PanacheEntityBase {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Dimension dimension;
    @Column(nullable = false)
    public String key;
    @Column(name = "baseline_quarter", nullable = false)
    public String baselineQuarter;
    @Column(name = "target_quarter", nullable = false)
    public String targetQuarter;
    @Column(name = "rise_percent", nullable = false)
    public int risePercent;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
