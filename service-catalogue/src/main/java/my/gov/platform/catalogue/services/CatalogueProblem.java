package my.gov.platform.catalogue.services;

import my.gov.platform.commons.problem.ProblemKind;

/** Problems only the catalogue answers with. */
public enum CatalogueProblem implements ProblemKind {
    MULTIPLE_TARGET_GROUPS("multiple-target-groups", 422, "A service record serves exactly one target group",
            "An E2E service links one set of processes to one product for one target group (G2C, G2B, G2G or G2E). "
                    + "Record a service that serves several groups as one record per group."),
    LIFE_EVENT_OUTSIDE_GROUP("life-event-outside-group", 422, "The life event is not a touchpoint of the target group",
            "Each target group has its own life-cycle touchpoints; GET /v1/reference-data/life-events lists them with their group."),
    CODE_OUTSIDE_AGENCY_PREFIX("code-outside-agency-prefix", 422, "The service code is not in the agency's prefix",
            "A service code starts with the code of the agency that owns the service and a hyphen (JPJ-LESEN-MEMANDU for JPJ), "
                    + "so one agency cannot take or shadow another agency's codes. The owner is the agency of the caller's token.");

    private final Definition definition;

    CatalogueProblem(String slug, int status, String title, String explanation) {
        this.definition = new Definition(slug, status, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
