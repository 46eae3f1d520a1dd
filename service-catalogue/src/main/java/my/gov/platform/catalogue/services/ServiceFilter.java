package my.gov.platform.catalogue.services;

import jakarta.ws.rs.QueryParam;
import my.gov.platform.catalogue.web.QueryEnums;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Map;

/** Exact-match filters of GET /v1/services, named after the fields. */
public class ServiceFilter {
    @QueryParam("agency")
    @Parameter(description = "Owner agency code", example = "JPJ")
    public String agency;
    @QueryParam("sector")
    @Parameter(example = "INFRASTRUKTUR")
    public String sector;
    @QueryParam("targetGroup")
    @Parameter(example = "G2C")
    public String targetGroup;
    @QueryParam("lifeEvent")
    @Parameter(example = "PENGANGKUTAN")
    public String lifeEvent;
    @QueryParam("e2eStatus")
    @Parameter(example = "E2E", description = "E2E, SEPARA_E2E, E_KAUNTER or MANUAL")
    public String e2eStatus;

    void appendTo(StringBuilder query, Map<String, Object> parameters) {
        add(query, parameters, "agency", agency);
        add(query, parameters, "sector", sector);
        add(query, parameters, "targetGroup", targetGroup);
        add(query, parameters, "lifeEvent", lifeEvent);
        add(query, parameters, "e2eStatus", QueryEnums.parse("e2eStatus", e2eStatus, E2eStatus.class));
    }

    private static void add(StringBuilder query, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            query.append(" and ").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
    }
}
