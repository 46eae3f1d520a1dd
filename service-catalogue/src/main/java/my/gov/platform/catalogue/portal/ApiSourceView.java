package my.gov.platform.catalogue.portal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Api", description = "An API whose OpenAPI document the portal keeps")
public record ApiSourceView(
        @Schema(examples = "payment-gateway-service") String name,
        @Schema(examples = "http://localhost:8082/q/openapi?format=json") String url,
        @Schema(description = "Owner agency of an API registered by URL; absent for the suite's own services", examples = "JPJ") String agency,
        @Schema(description = "Absent until the document was read once") ApiVersionView latest) {
}
