package my.gov.platform.exchange.products;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes how a provider serves one product, as an OpenAPI 3.1 document. Each field carries its
 * classification as {@code x-klasifikasi} (the Malay label) so integrators see it where they look,
 * and the security scheme says which token the endpoint must accept, so agencies know what to check.
 */
final class ProductOpenApi {
    private static final String BROKER_TOKEN = "brokerToken";

    private ProductOpenApi() {
    }

    static Map<String, Object> describe(DataProduct product, String resolvedEndpoint, String issuer) {
        String recordSchema = toPascal(product.code) + "Record";
        Map<String, Object> properties = new LinkedHashMap<>();
        for (ProductField field : product.fields) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("type", field.type());
            if ("array".equals(field.type())) {
                property.put("items", Map.of("type", "string"));
            }
            if (field.format() != null) {
                property.put("format", field.format());
            }
            if (field.description() != null) {
                property.put("description", field.description());
            }
            property.put("x-klasifikasi", field.classification().malayName());
            property.put("x-classification", field.classification().name());
            property.put("x-consent-required", field.consentRequired());
            properties.put(field.name(), property);
        }
        int split = resolvedEndpoint.indexOf('/', resolvedEndpoint.indexOf("//") + 2);
        String server = split < 0 ? resolvedEndpoint : resolvedEndpoint.substring(0, split);
        String path = split < 0 ? "/" : resolvedEndpoint.substring(split).replace("{key}", "{" + product.recordKey + "}");

        Map<String, Object> get = new LinkedHashMap<>();
        get.put("operationId", "get" + recordSchema);
        get.put("summary", "Read one record of " + product.name);
        get.put("parameters", List.of(Map.of("name", product.recordKey, "in", "path", "required", true,
                "schema", Map.of("type", "string"))));
        Map<String, Object> envelope = Map.of("type", "object", "required", List.of("data"), "properties", Map.of(
                "asOf", Map.of("type", "string", "format", "date-time"),
                "data", Map.of("$ref", "#/components/schemas/" + recordSchema)));
        get.put("responses", Map.of(
                "200", Map.of("description", "The record", "content", Map.of("application/json", Map.of("schema", envelope))),
                "401", Map.of("description", "No token, or not one granted for this agency: nothing is returned"),
                "403", Map.of("description", "The token lacks scope " + ProviderAudience.SCOPE),
                "404", Map.of("description", "No such record")));

        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", product.name + " (" + product.nameMs + ")");
        info.put("version", product.version);
        info.put("description", "Owner: " + product.ownerAgency + ". Legal basis: " + product.legalBasis + ".");
        info.put("x-klasifikasi", product.classification.malayName());

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", info);
        document.put("servers", List.of(Map.of("url", server)));
        document.put("paths", Map.of(path, Map.of("get", get)));
        document.put("security", List.of(Map.of(BROKER_TOKEN, List.of())));
        document.put("components", Map.of(
                "schemas", Map.of(recordSchema, Map.of("type", "object",
                        "x-klasifikasi", product.classification.malayName(), "properties", properties)),
                "securitySchemes", Map.of(BROKER_TOKEN, brokerToken(product.ownerAgency, issuer))));
        return document;
    }

    private static Map<String, Object> brokerToken(String agency, String issuer) {
        return Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT",
                "description", "The MyGDX broker's token. Accept it only when it is signed by the issuer " + issuer
                        + " (keys from its discovery document), unexpired, with aud exactly " + ProviderAudience.of(agency)
                        + " and scope " + ProviderAudience.SCOPE + ". Platform tokens (aud mygov-platform) and tokens"
                        + " for other agencies are refused.");
    }

    private static String toPascal(String code) {
        StringBuilder out = new StringBuilder();
        for (String part : code.toLowerCase().split("_")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
