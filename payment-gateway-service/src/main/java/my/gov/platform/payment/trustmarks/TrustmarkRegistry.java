package my.gov.platform.payment.trustmarks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Issues and looks up MTSA trustmarks; every change is announced through the outbox. */
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
}
