package my.gov.platform.catalogue.services;

import my.gov.platform.catalogue.reference.ReferenceItem;
import my.gov.platform.catalogue.reference.ReferenceKind;
import my.gov.platform.catalogue.reference.ReferenceSnapshot;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.problem.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks a service record against the reference data, the one-group rule of an E2E service and its owner's code prefix. */
public final class ServiceRules {
    private ServiceRules() {
    }

    public static void check(ServiceRequest request, ReferenceSnapshot reference) {
        if (request.targetGroups().size() > 1) {
            throw new ProblemException(CatalogueProblem.MULTIPLE_TARGET_GROUPS,
                    "The record names " + request.targetGroups().size() + " target groups " + request.targetGroups()
                            + "; a service record serves exactly one")
                    .with("targetGroups", request.targetGroups());
        }
        String group = request.targetGroups().get(0);
        List<Violation> violations = new ArrayList<>();
        known(reference, ReferenceKind.SECTORS, "sector", request.sector(), violations);
        inSector(reference, ReferenceKind.CLUSTERS, "cluster", request.cluster(), request.sector(), violations);
        inSector(reference, ReferenceKind.DOMAINS, "domain", request.domain(), request.sector(), violations);
        known(reference, ReferenceKind.TARGET_GROUPS, "targetGroups[0]", group, violations);
        Optional<ReferenceItem> lifeEvent = known(reference, ReferenceKind.LIFE_EVENTS, "lifeEvent", request.lifeEvent(), violations);
        for (int i = 0; i < request.personas().size(); i++) {
            known(reference, ReferenceKind.PERSONAS, "personas[" + i + "]", request.personas().get(i), violations);
        }
        for (int i = 0; i < request.processes().size(); i++) {
            known(reference, ReferenceKind.PROCESSES, "processes[" + i + "]", request.processes().get(i), violations);
        }
        for (int i = 0; i < request.steps().size(); i++) {
            known(reference, ReferenceKind.PROCESSES, "steps[" + i + "].process", request.steps().get(i).process(), violations);
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(my.gov.platform.commons.problem.CommonProblem.VALIDATION,
                    violations.size() + " field(s) name codes that are not in the reference data", violations);
        }
        if (lifeEvent.isPresent() && !lifeEvent.get().parent().equals(group)) {
            throw new ProblemException(CatalogueProblem.LIFE_EVENT_OUTSIDE_GROUP,
                    "Life event " + request.lifeEvent() + " is a touchpoint of " + lifeEvent.get().parent() + ", not of " + group)
                    .with("touchpoints", reference.lifeEventsOf(group).stream().map(ReferenceItem::code).toList());
        }
    }

    /** A service code lies in its owner agency's prefix ({@code JPJ-...} for JPJ), so codes name their agency truthfully. */
    public static void checkCodeOwnedBy(String agency, String code) {
        if (!code.startsWith(agency + "-")) {
            throw new ProblemException(CatalogueProblem.CODE_OUTSIDE_AGENCY_PREFIX,
                    "Service code " + code + " is not in the prefix " + agency + "- of the caller's agency")
                    .with("prefix", agency + "-");
        }
    }

    private static Optional<ReferenceItem> known(ReferenceSnapshot reference, ReferenceKind kind, String field, String code,
                                                 List<Violation> violations) {
        Optional<ReferenceItem> item = reference.find(kind, code);
        if (item.isEmpty()) {
            violations.add(new Violation(field, "must be one of the " + kind.path() + " (GET /v1/reference-data/" + kind.path() + ")"));
        }
        return item;
    }

    private static void inSector(ReferenceSnapshot reference, ReferenceKind kind, String field, String code, String sector,
                                 List<Violation> violations) {
        known(reference, kind, field, code, violations)
                .filter(item -> !item.parent().equals(sector))
                .ifPresent(item -> violations.add(new Violation(field, "belongs to sector " + item.parent() + ", not " + sector)));
    }
}
