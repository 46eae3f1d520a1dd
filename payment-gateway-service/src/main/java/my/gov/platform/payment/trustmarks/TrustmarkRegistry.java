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
        trustmark.status = TrustmarkStatus.ACTIVE;
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
                t -> TrustmarkLifecycle.reinstate(t.status, t.validUntil, MalaysiaTime.today()));
    }

    @Transactional
    public Trustmark revoke(UUID id, String reason) {
        return change(id, "my.gov.trustmark.revoked", reason, t -> TrustmarkLifecycle.revoke(t.status));
    }

    @Transactional
    public Trustmark renew(UUID id, LocalDate validUntil) {
        Trustmark trustmark = lock(id);
        trustmark.status = TrustmarkLifecycle.renew(trustmark.status, trustmark.validUntil, validUntil, MalaysiaTime.today());
        trustmark.validUntil = validUntil;
        trustmark.expiryNotice30Sent = false;
        trustmark.expiryNotice7Sent = false;
        trustmark.updatedAt = Instant.now();
        outbox.publish("my.gov.trustmark.renewed", trustmark.id, trustmark.agency, TrustmarkEventData.of(trustmark));
        return trustmark;
    }

    @Transactional
    public TrustmarkMilestone recordMilestone(UUID id, TrustmarkRequests.Milestone request) {
        Trustmark trustmark = get(id);
        TrustmarkMilestone milestone = new TrustmarkMilestone();
        milestone.id = Ids.newId();
        milestone.trustmarkId = trustmark.id;
        milestone.kind = request.kind();
        milestone.completedOn = request.completedOn();
        milestone.reference = request.reference();
        milestone.note = request.note();
        milestone.createdAt = Instant.now();
        milestone.persist();
        return milestone;
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
                        "status in ?1 and validUntil <= ?2",
                        List.of(TrustmarkStatus.ACTIVE, TrustmarkStatus.SUSPENDED), today.plusDays(30))
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

    private Trustmark lock(UUID id) {
        Trustmark trustmark = Trustmark.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (trustmark == null) {
            throw ProblemException.notFound("trustmark", id);
        }
        return trustmark;
    }
}
