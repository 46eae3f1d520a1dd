package my.gov.platform.catalogue.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.catalogue.services.E2eStatus;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Live E2E rates, stored quarterly snapshots, targets and the quarterly report. */
@ApplicationScoped
public class KpiService {
    private final EntityManager entityManager;

    KpiService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public List<RateRow> liveRates() {
        List<Object[]> rows = entityManager.createQuery(
                "select s.agency, s.sector, s.targetGroup, s.e2eStatus from CatalogueService s", Object[].class).getResultList();
        return E2eRates.compute(rows.stream()
                .map(r -> new ServiceFacts((String) r[0], (String) r[1], (String) r[2], (E2eStatus) r[3])).toList());
    }

    /** Stores the live rates as the snapshot of a quarter, replacing an earlier snapshot of it. */
    @Transactional
    public QuarterlyReport snapshot(String quarter) {
        Instant now = Instant.now();
        entityManager.createNativeQuery("DELETE FROM kpi_snapshot WHERE quarter = ?1").setParameter(1, quarter).executeUpdate();
        for (RateRow row : liveRates()) {
            entityManager.createNativeQuery("INSERT INTO kpi_snapshot (quarter, dimension, key, total, e2e, taken_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, quarter).setParameter(2, row.dimension().name()).setParameter(3, row.key())
                    .setParameter(4, row.total()).setParameter(5, row.e2e()).setParameter(6, Timestamp.from(now))
                    .executeUpdate();
        }
        return report(quarter);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> quarters() {
        return entityManager.createNativeQuery("SELECT DISTINCT quarter FROM kpi_snapshot ORDER BY quarter DESC").getResultList();
    }

    @Transactional
    public KpiTarget addTarget(TargetRequest request) {
        if (request.targetQuarter().compareTo(request.baselineQuarter()) <= 0) {
            throw ProblemException.invalid("targetQuarter", "must be after baselineQuarter");
        }
        if (KpiTarget.count("dimension = ?1 and key = ?2 and targetQuarter = ?3",
                request.dimension(), request.key(), request.targetQuarter()) > 0) {
            throw ProblemException.conflict("A target for " + request.dimension() + " " + request.key() + " in "
                    + request.targetQuarter() + " already exists");
        }
        KpiTarget target = new KpiTarget();
        target.id = Ids.newId();
        target.dimension = request.dimension();
        target.key = request.key();
        target.baselineQuarter = request.baselineQuarter();
        target.targetQuarter = request.targetQuarter();
        target.risePercent = request.risePercent();
        target.createdAt = Instant.now();
        target.persist();
        return target;
    }

    @Transactional
    public List<TargetProgress> targets() {
        return KpiTarget.<KpiTarget>listAll().stream().map(this::progress).toList();
    }

    @Transactional
    public QuarterlyReport report(String quarter) {
        List<Object[]> rows = snapshotRows(quarter);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("snapshot of quarter", quarter);
        }
        List<RateRow> rates = rows.stream().map(KpiService::rateRow).toList();
        Instant takenAt = instant(rows.get(0)[4]);
        List<TargetProgress> targets = KpiTarget.<KpiTarget>list("targetQuarter", quarter).stream().map(this::progress).toList();
        return new QuarterlyReport(quarter, takenAt, rates, targets);
    }

    private TargetProgress progress(KpiTarget target) {
        Double baseline = rateIn(snapshotRows(target.baselineQuarter), target).orElse(null);
        List<Object[]> achievedRows = snapshotRows(target.targetQuarter);
        Double achieved = achievedRows.isEmpty()
                ? liveRates().stream().filter(r -> r.dimension() == target.dimension && r.key().equals(target.key))
                        .map(RateRow::ratePercent).findFirst().orElse(null)
                : rateIn(achievedRows, target).orElse(null);
        return TargetProgress.of(target.dimension, target.key, target.baselineQuarter, target.targetQuarter,
                target.risePercent, baseline, achieved);
    }

    private static Optional<Double> rateIn(List<Object[]> rows, KpiTarget target) {
        Map<String, RateRow> byKey = rows.stream().map(KpiService::rateRow)
                .filter(r -> r.dimension() == target.dimension)
                .collect(Collectors.toMap(RateRow::key, Function.identity()));
        return Optional.ofNullable(byKey.get(target.key)).map(RateRow::ratePercent);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> snapshotRows(String quarter) {
        return entityManager.createNativeQuery("SELECT dimension, key, total, e2e, taken_at FROM kpi_snapshot WHERE quarter = ?1"
                + " ORDER BY CASE dimension WHEN 'OVERALL' THEN 0 WHEN 'AGENCY' THEN 1 WHEN 'SECTOR' THEN 2 ELSE 3 END, key")
                .setParameter(1, quarter).getResultList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof java.time.OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    private static RateRow rateRow(Object[] r) {
        return RateRow.of(Dimension.valueOf((String) r[0]), (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue());
    }
}
