package my.gov.platform.payment.trustmarks;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.payment.calendar.MalaysiaTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Issues MTSA trustmarks and runs their lifecycle; every change is announced through the outbox. */
@ApplicationScoped
public class TrustmarkRegistry {
    private final Outbox outbox;

    TrustmarkRegistry(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Trustmark issue(IssueTrustmarkRequest request) {
        if (!request.validUntil().isAfter(request.validFrom())) {
            throw ProblemException.invalid("validUntil", "must be after validFrom");
        }
        if (Trustmark.count("certificateNumber", request.certificateNumber()) > 0) {
            throw ProblemException.conflict("Certificate " + request.certificateNumber() + " is already registered");
        }
        Trustmark trustmark = new Trustmark();
        trustmark.id = Ids.newId();
        trustmark.certificateNumber = request.certificateNumber();
        trustmark.agency = request.agency();
        trustmark.applicationName = request.applicationName();
        trustmark.hosts = request.hosts();
        trustmark.validFrom = request.validFrom();
        trustmark.validUntil = request.validUntil();
        trustmark.status = TrustmarkLifecycle.standing(Set.of(), trustmark.validFrom, MalaysiaTime.today());
        trustmark.createdAt = Instant.now();
        trustmark.persist();
        outbox.publish("my.gov.trustmark.issued", trustmark.id, trustmark.agency, Map.of(
                "trustmarkId", trustmark.id,
                "certificateNumber", trustmark.certificateNumber,
                "agency", trustmark.agency,
                "hosts", trustmark.hosts,
                "validFrom", trustmark.validFrom.toString(),
                "validUntil", trustmark.validUntil.toString(),
                "status", trustmark.status));
        return trustmark;
    }

    public Trustmark get(UUID id) {
        Trustmark trustmark = Trustmark.findById(id);
        if (trustmark == null) {
            throw ProblemException.notFound("trustmark", id);
        }
        return trustmark;
    }

    public Optional<Trustmark> byCertificate(String certificateNumber) {
        return Trustmark.find("certificateNumber", certificateNumber).firstResultOptional();
    }

    public List<Trustmark> list(String agency, TrustmarkStatus status, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (agency != null) {
            query.append(" and agency = :agency");
            parameters.and("agency", agency);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        UUID after = page.after();
        if (after != null) {
            query.append(" and id > :after");
            parameters.and("after", after);
        }
        return Trustmark.<Trustmark>find(query + " order by id", parameters).page(0, page.limit + 1).list();
    }

    public List<TrustmarkMilestone> milestones(UUID trustmarkId) {
        return TrustmarkMilestone.of(trustmarkId);
    }

    @Transactional
    public Trustmark suspend(UUID id, String reason) {
        return change(id, "my.gov.trustmark.suspended", reason, t -> TrustmarkLifecycle.suspend(t.status));
    }

    @Transactional
    public Trustmark reinstate(UUID id) {
        return change(id, "my.gov.trustmark.reinstated", null,
                t -> TrustmarkLifecycle.reinstate(t.status, TrustmarkMilestone.kindsOf(t.id), t.validFrom, t.validUntil,
                        MalaysiaTime.today()));
    }

    @Transactional
    public Trustmark revoke(UUID id, String reason) {
        return change(id, "my.gov.trustmark.revoked", reason, t -> TrustmarkLifecycle.revoke(t.status));
    }

    @Transactional
    public Trustmark renew(UUID id, LocalDate validUntil) {
        Trustmark trustmark = lock(id);
        trustmark.status = TrustmarkLifecycle.renew(trustmark.status, TrustmarkMilestone.kindsOf(id), trustmark.validFrom,
                trustmark.validUntil, validUntil, MalaysiaTime.today());
        trustmark.validUntil = validUntil;
        trustmark.expiryNotice30Sent = false;
        trustmark.expiryNotice7Sent = false;
        trustmark.updatedAt = Instant.now();
        outbox.publish("my.gov.trustmark.renewed", trustmark.id, trustmark.agency, TrustmarkEventData.of(trustmark));
        return trustmark;
    }

    /**
     * Records a milestone; the one that completes the certification moves the trustmark on (PENDING,
     * or ACTIVE when its validity has begun). Locked so two last milestones cannot both miss it.
     */
    @Transactional
    public TrustmarkMilestone recordMilestone(UUID id, TrustmarkRequests.Milestone request) {
        Trustmark trustmark = lock(id);
        TrustmarkMilestone milestone = new TrustmarkMilestone();
        milestone.id = Ids.newId();
        milestone.trustmarkId = trustmark.id;
        milestone.kind = request.kind();
        milestone.completedOn = request.completedOn();
        milestone.reference = request.reference();
        milestone.note = request.note();
        milestone.createdAt = Instant.now();
        milestone.persist();
        TrustmarkStatus next = TrustmarkLifecycle.afterMilestone(trustmark.status, TrustmarkMilestone.kindsOf(id),
                trustmark.validFrom, MalaysiaTime.today());
        if (next != trustmark.status) {
            moveTo(trustmark, next);
        }
        return milestone;
    }

    /**
     * Makes ACTIVE every certified (PENDING) trustmark whose validity has begun by {@code today}. Until
     * this runs on that day, payments stay refused as not yet valid. Safe to run any number of times.
     *
     * @return how many trustmarks became ACTIVE
     */
    @Transactional
    public int activateStarted(LocalDate today) {
        List<Trustmark> started = Trustmark.<Trustmark>find("status = ?1 and validFrom <= ?2", TrustmarkStatus.PENDING, today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).stream()
                .filter(t -> TrustmarkLifecycle.hasStarted(t.status, t.validFrom, today)).toList();
        started.forEach(t -> moveTo(t, TrustmarkStatus.ACTIVE));
        return started.size();
    }

    /**
     * Expires trustmarks whose validity ended before {@code today} and sends each expiring notice
     * once. Safe to run any number of times a day.
     *
     * @return how many trustmarks changed
     */
    @Transactional
    public int applyExpiry(LocalDate today) {
        List<Trustmark> candidates = Trustmark.<Trustmark>find(
                        "status not in ?1 and validUntil <= ?2",
                        List.of(TrustmarkStatus.EXPIRED, TrustmarkStatus.REVOKED), today.plusDays(30))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        int changed = 0;
        for (Trustmark trustmark : candidates) {
            if (TrustmarkLifecycle.hasExpired(trustmark.status, trustmark.validUntil, today)) {
                trustmark.status = TrustmarkStatus.EXPIRED;
                trustmark.updatedAt = Instant.now();
                outbox.publish("my.gov.trustmark.expired", trustmark.id, trustmark.agency, TrustmarkEventData.of(trustmark));
                changed++;
                continue;
            }
            Optional<Integer> notice = TrustmarkLifecycle.expiryNoticeDue(trustmark.status, trustmark.validUntil, today,
                    trustmark.expiryNotice30Sent, trustmark.expiryNotice7Sent);
            if (notice.isPresent()) {
                int days = notice.get();
                trustmark.expiryNotice30Sent = true;
                trustmark.expiryNotice7Sent |= days == 7;
                outbox.publish("my.gov.trustmark.expiring", trustmark.id, trustmark.agency,
                        TrustmarkEventData.of(trustmark).withDaysBeforeExpiry(days));
                changed++;
            }
        }
        return changed;
    }

    private Trustmark change(UUID id, String eventType, String reason,
                             Function<Trustmark, TrustmarkStatus> rule) {
        Trustmark trustmark = lock(id);
        trustmark.status = rule.apply(trustmark);
        trustmark.statusReason = reason;
        trustmark.updatedAt = Instant.now();
        outbox.publish(eventType, trustmark.id, trustmark.agency, TrustmarkEventData.of(trustmark).withReason(reason));
        return trustmark;
    }

    /** A move of the certification alone (no certifier's decision); announced only when it may now take payments. */
    private void moveTo(Trustmark trustmark, TrustmarkStatus next) {
        trustmark.status = next;
        trustmark.updatedAt = Instant.now();
        if (next == TrustmarkStatus.ACTIVE) {
            outbox.publish("my.gov.trustmark.activated", trustmark.id, trustmark.agency, TrustmarkEventData.of(trustmark));
        }
    }

    private Trustmark lock(UUID id) {
        Trustmark trustmark = Trustmark.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (trustmark == null) {
            throw ProblemException.notFound("trustmark", id);
        }
        return trustmark;
    }
}
