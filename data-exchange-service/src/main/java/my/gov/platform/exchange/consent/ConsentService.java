package my.gov.platform.exchange.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.security.Citizen;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.exchange.agreements.PurposeCode;
import my.gov.platform.exchange.audit.AuditFacts;
import my.gov.platform.exchange.audit.AuditLog;
import my.gov.platform.exchange.members.Member;
import my.gov.platform.exchange.problems.ExchangeProblem;
import my.gov.platform.exchange.products.DataProduct;
import my.gov.platform.exchange.products.RecordKeys;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Citizens grant and revoke consents; the exchange asks whether one is in force. */
@ApplicationScoped
public class ConsentService {
    private final Outbox outbox;
    private final AuditLog audit;

    ConsentService(Outbox outbox, AuditLog audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /** A consent is always for the MyKad number of the signed-in citizen's verified token; a body naming another is refused. */
    @Transactional
    public Consent grant(Citizen citizen, GrantConsentRequest request) {
        if (request.mykadNumber() != null && !request.mykadNumber().equals(citizen.mykadNumber())) {
            throw ProblemException.forbidden("A citizen may consent only for their own MyKad");
        }
        if (Member.findById(request.consumerAgency()) == null) {
            throw ProblemException.invalid("consumerAgency", "is not a member agency");
        }
        DataProduct product = DataProduct.findById(request.productId());
        if (product == null) {
            throw ProblemException.notFound("data product", request.productId());
        }
        for (String field : request.fields()) {
            if (product.field(field).isEmpty()) {
                throw ProblemException.invalid("fields", field + " is not a field of " + product.code);
            }
        }
        Consent consent = new Consent();
        consent.id = Ids.newId();
        consent.citizenSubject = citizen.subject();
        consent.recordKeyHash = RecordKeys.hash(citizen.mykadNumber());
        consent.consumerAgency = request.consumerAgency();
        consent.productId = product.id;
        consent.purposeCode = request.purposeCode();
        consent.fields = request.fields().stream().distinct().toList();
        consent.expiresAt = request.expiresAt();
        consent.status = ConsentStatus.GRANTED;
        consent.grantedAt = Instant.now();
        consent.persist();
        announce("my.gov.consent.granted", consent, product.code);
        return consent;
    }

    @Transactional
    public Consent revoke(UUID id, Citizen citizen) {
        Consent consent = own(id, citizen);
        if (consent.status == ConsentStatus.REVOKED) {
            throw ProblemException.conflict("The consent is already revoked");
        }
        consent.status = ConsentStatus.REVOKED;
        consent.revokedAt = Instant.now();
        DataProduct product = DataProduct.findById(consent.productId);
        announce("my.gov.consent.revoked", consent, product.code);
        return consent;
    }

    public Consent own(UUID id, Citizen citizen) {
        Consent consent = Consent.findById(id);
        if (consent == null || !consent.citizenSubject.equals(citizen.subject())) {
            throw ProblemException.notFound("consent", id);
        }
        return consent;
    }

    public List<Consent> of(Citizen citizen) {
        return Consent.<Consent>find("citizenSubject = ?1 order by id desc", citizen.subject()).list();
    }

    /**
     * The consent in force that covers these fields for this consumer, product and purpose.
     *
     * @throws ProblemException consent-revoked if the covering consent was withdrawn, consent-missing otherwise
     */
    public Consent requireInForce(String recordKeyHash, String consumer, UUID productId, PurposeCode purpose,
                                  Collection<String> fields) {
        List<Consent> covering = Consent.<Consent>find("recordKeyHash = ?1 and consumerAgency = ?2 and productId = ?3 "
                        + "and purposeCode = ?4 order by id desc", recordKeyHash, consumer, productId, purpose)
                .list().stream().filter(c -> c.fields.containsAll(fields)).toList();
        Instant now = Instant.now();
        return covering.stream().filter(c -> c.inForce(now)).findFirst().orElseThrow(() ->
                !covering.isEmpty() && covering.get(0).status == ConsentStatus.REVOKED
                        ? new ProblemException(ExchangeProblem.CONSENT_REVOKED, "The citizen revoked consent for " + fields)
                        : new ProblemException(ExchangeProblem.CONSENT_MISSING, "No consent in force covers " + fields));
    }

    private void announce(String type, Consent c, String productCode) {
        audit.append(new AuditFacts(type.substring("my.gov.".length()).replace('.', '_').toUpperCase(), "citizen",
                c.consumerAgency, null, productCode, null, c.id, c.purposeCode.name(), c.recordKeyHash,
                String.join(",", c.fields), "RECORDED", null, null));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("consentId", c.id);
        data.put("consumerAgency", c.consumerAgency);
        data.put("productId", c.productId);
        data.put("productCode", productCode);
        data.put("purposeCode", c.purposeCode);
        data.put("fields", c.fields);
        data.put("expiresAt", c.expiresAt.toString());
        data.put("status", c.status);
        outbox.publish(type, c.id, c.consumerAgency, data);
    }
}
