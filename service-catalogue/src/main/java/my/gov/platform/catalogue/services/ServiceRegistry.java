package my.gov.platform.catalogue.services;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import my.gov.platform.catalogue.reference.ReferenceData;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Registers and updates service records; every change is announced on catalogue.events. */
@ApplicationScoped
public class ServiceRegistry {
    private final Outbox outbox;
    private final ReferenceData referenceData;
    private final Event<ServiceChanged> changed;

    ServiceRegistry(Outbox outbox, ReferenceData referenceData, Event<ServiceChanged> changed) {
        this.outbox = outbox;
        this.referenceData = referenceData;
        this.changed = changed;
    }

    @Transactional
    public CatalogueService register(String agency, ServiceRequest request) {
        ServiceRules.checkCodeOwnedBy(agency, request.code());
        ServiceRules.check(request, referenceData.current());
        if (CatalogueService.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A service with code " + request.code() + " is already registered");
        }
        CatalogueService service = new CatalogueService();
        service.id = Ids.newId();
        service.agency = agency;
        service.createdAt = Instant.now();
        apply(service, request);
        service.persist();
        announce("my.gov.service.registered", service);
        return service;
    }

    /** Updates a service of the caller's agency; another agency's service is not found. */
    @Transactional
    public CatalogueService update(String agency, UUID id, ServiceRequest request) {
        CatalogueService service = CatalogueService.<CatalogueService>find("id = :id and agency = :agency",
                Parameters.with("id", id).and("agency", agency)).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("service", id));
        ServiceRules.checkCodeOwnedBy(agency, request.code());
        ServiceRules.check(request, referenceData.current());
        if (!service.code.equals(request.code()) && CatalogueService.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A service with code " + request.code() + " is already registered");
        }
        apply(service, request);
        CatalogueService.flush();
        announce("my.gov.service.updated", service);
        return service;
    }

    public CatalogueService get(UUID id) {
        CatalogueService service = CatalogueService.findById(id);
        if (service == null) {
            throw ProblemException.notFound("service", id);
        }
        return service;
    }

    /** By id or by code, as other services name catalogue services in their events. */
    public Optional<CatalogueService> findByIdOrCode(String idOrCode) {
        try {
            return Optional.ofNullable(CatalogueService.findById(UUID.fromString(idOrCode)));
        } catch (IllegalArgumentException notAUuid) {
            return CatalogueService.find("code", idOrCode).firstResultOptional();
        }
    }

    public List<CatalogueService> list(ServiceFilter filter, UUID after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        filter.appendTo(query, parameters);
        if (after != null) {
            query.append(" and id > :after");
            parameters.put("after", after);
        }
        return CatalogueService.<CatalogueService>find(query.toString(), Sort.by("id"), parameters).page(0, limit + 1).list();
    }

    private static void apply(CatalogueService service, ServiceRequest request) {
        service.code = request.code();
        service.nameMs = request.nameMs();
        service.nameEn = request.nameEn();
        service.descriptionMs = request.descriptionMs();
        service.descriptionEn = request.descriptionEn();
        service.sector = request.sector();
        service.cluster = request.cluster();
        service.domain = request.domain();
        service.targetGroup = request.targetGroups().get(0);
        service.lifeEvent = request.lifeEvent();
        service.personas = List.copyOf(request.personas());
        service.processes = List.copyOf(request.processes());
        service.channels = List.copyOf(request.channels());
        service.feeCurrency = request.fee().currency();
        service.feeValue = request.fee().value();
        service.usesSso = request.usesSso();
        service.usesEpayment = request.usesEpayment();
        service.usesMygdx = request.usesMygdx();
        service.steps = List.copyOf(request.steps());
        E2eAssessment assessment = E2eClassifier.assess(service.steps);
        service.e2eStatus = assessment.status();
        service.e2eReason = assessment.reason();
        service.updatedAt = Instant.now();
    }

    private void announce(String type, CatalogueService service) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("serviceId", service.id);
        data.put("code", service.code);
        data.put("agency", service.agency);
        data.put("nameMs", service.nameMs);
        data.put("nameEn", service.nameEn);
        data.put("sector", service.sector);
        data.put("targetGroup", service.targetGroup);
        data.put("lifeEvent", service.lifeEvent);
        data.put("e2eStatus", service.e2eStatus);
        data.put("e2eReason", service.e2eReason);
        data.put("usesSso", service.usesSso);
        data.put("usesEpayment", service.usesEpayment);
        data.put("usesMygdx", service.usesMygdx);
        data.put("version", service.version);
        outbox.publish(type, service.id, service.agency, data);
        changed.fire(new ServiceChanged(service.id));
    }
}
