package my.gov.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hostile variants of one operation of an OpenAPI document: odd path values, wrong-typed, huge, NUL-holding or
 * badly encoded query and header values, and broken JSON or form bodies (missing, malformed, wrong types, oversized,
 * NUL, invalid UTF-8, duplicate keys, deep nesting). Each variant is hostile in one place; the rest is a sample value.
 */
final class HostileRequests {
    /** Already percent-encoded: they go into the URI as they are. */
    private static final List<String> ODD_URI_VALUES = List.of("0", "-1", "99999999999999999999", "%00", "%FF", "%C3%28",
            "..%2F..%2Fetc", "x".repeat(300), "%E2%80%AE", "%27%20OR%201%3D1--", "null", "%7B%7D", "1e999", "%20");
    private static final List<String> ODD_HEADER_VALUES = List.of("", "x".repeat(30_000), "-1", "99999999999999999999",
            "abc", "\t");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String PLACEHOLDER = "@@not-utf-8@@";
    private static final List<JsonNode> WRONG_VALUES = List.of(JSON.textNode("x"), JSON.numberNode(1),
            JSON.numberNode(new BigInteger("99999999999999999999999999")), JSON.numberNode(-1), JSON.numberNode(1.5),
            JSON.booleanNode(true), JSON.nullNode(), JSON.objectNode(), JSON.arrayNode(), JSON.textNode("x".repeat(100_000)),
            JSON.textNode("a\u0000b"));

    private final SampleValues samples;
    private final String method;
    private final String pathTemplate;
    private final JsonNode operation;
    private final List<JsonNode> parameters = new ArrayList<>();

    HostileRequests(SampleValues samples, String method, String pathTemplate, JsonNode pathItem, JsonNode operation) {
        this.samples = samples;
        this.method = method.toUpperCase();
        this.pathTemplate = pathTemplate;
        this.operation = operation;
        pathItem.path("parameters").forEach(parameter -> parameters.add(samples.resolve(parameter)));
        operation.path("parameters").forEach(parameter -> parameters.add(samples.resolve(parameter)));
    }

    /** The sample request first, then every hostile variant. */
    List<FuzzRequest> all() {
        List<FuzzRequest> requests = new ArrayList<>();
        requests.add(withSampleBody(FuzzRequest.of(method, uri(Map.of(), Map.of()), "sample values")));
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> ODD_URI_VALUES.forEach(odd -> requests.add(withSampleBody(
                        FuzzRequest.of(method, uri(Map.of(name, odd), Map.of()), "path " + name + "=" + odd))));
                case "query" -> {
                    ODD_URI_VALUES.forEach(odd -> requests.add(withSampleBody(
                            FuzzRequest.of(method, uri(Map.of(), Map.of(name, odd)), "query " + name + "=" + odd))));
                    requests.add(withSampleBody(FuzzRequest.of(method,
                            uri(Map.of(), Map.of(name, "1")) + "&" + name + "=2", "query " + name + " repeated")));
                }
                case "header" -> ODD_HEADER_VALUES.forEach(odd -> requests.add(withSampleBody(
                        FuzzRequest.of(method, uri(Map.of(), Map.of()), "header").withHeader(name, odd, "header " + name))));
                default -> { }
            }
        }
        requests.addAll(hostileBodies(FuzzRequest.of(method, uri(Map.of(), Map.of()), "")));
        return requests;
    }

    private List<FuzzRequest> hostileBodies(FuzzRequest request) {
        List<FuzzRequest> requests = new ArrayList<>();
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode sample = samples.sample(content.get("application/json").path("schema"));
            requests.add(request.withBody(null, null, "no body"));
            for (String broken : List.of("", "{", "[]", "null", "\"x\"", "{}", "[".repeat(5_000) + "]".repeat(5_000),
                    "{\"a\":1,\"a\":2}", "{\"x\":\"" + "y".repeat(2_000_000) + "\"}")) {
                requests.add(request.withBody("application/json", utf8(broken), "body " + shortName(broken)));
            }
            requests.add(request.withBody("text/plain", utf8(sample.toString()), "sample body as text/plain"));
            requests.add(request.withBody("application/json", invalidUtf8(sample), "invalid UTF-8 in the body"));
            if (sample instanceof ObjectNode object) {
                object.properties().forEach(property -> {
                    for (JsonNode wrong : WRONG_VALUES) {
                        ObjectNode hostile = object.deepCopy();
                        hostile.set(property.getKey(), wrong);
                        requests.add(request.withBody("application/json", utf8(hostile.toString()),
                                "field " + property.getKey() + "=" + shortName(wrong.toString())));
                    }
                    String duplicated = object.toString().replaceFirst("^\\{", "{\"" + property.getKey() + "\":"
                            + property.getValue() + ",");
                    requests.add(request.withBody("application/json", utf8(duplicated), "field " + property.getKey() + " twice"));
                });
            }
        } else if (content.has("application/x-www-form-urlencoded")) {
            JsonNode fields = samples.resolve(content.get("application/x-www-form-urlencoded").path("schema")).path("properties");
            Map<String, String> sample = new LinkedHashMap<>();
            fields.properties().forEach(field -> sample.put(field.getKey(), encode(samples.text(field.getValue()))));
            requests.add(request.withBody(null, null, "no form"));
            sample.keySet().forEach(name -> {
                for (String odd : List.of("%00", "%FF", "%C3%28", "%", "x".repeat(100_000), "")) {
                    Map<String, String> hostile = new LinkedHashMap<>(sample);
                    hostile.put(name, odd);
                    requests.add(request.withBody("application/x-www-form-urlencoded", utf8(form(hostile)),
                            "form " + name + "=" + shortName(odd)));
                }
                requests.add(request.withBody("application/x-www-form-urlencoded",
                        utf8(form(sample) + "&" + name + "=again"), "form " + name + " twice"));
            });
        }
        return requests;
    }

    private FuzzRequest withSampleBody(FuzzRequest request) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            return request.withBody("application/json", utf8(samples.sample(content.get("application/json").path("schema"))
                    .toString()), request.hostility());
        }
        if (content.has("application/x-www-form-urlencoded")) {
            Map<String, String> fields = new LinkedHashMap<>();
            samples.resolve(content.get("application/x-www-form-urlencoded").path("schema")).path("properties").properties()
                    .forEach(field -> fields.put(field.getKey(), encode(samples.text(field.getValue()))));
            return request.withBody("application/x-www-form-urlencoded", utf8(form(fields)), request.hostility());
        }
        return request;
    }

    /** The path with sample values but for {@code oddPath}, and the required query parameters plus {@code oddQuery}. */
    private String uri(Map<String, String> oddPath, Map<String, String> oddQuery) {
        String path = pathTemplate;
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String sample = encode(samples.text(parameter.path("schema")));
            if ("path".equals(parameter.path("in").asText())) {
                path = path.replace("{" + name + "}", oddPath.getOrDefault(name, sample));
            } else if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
                query.put(name, sample);
            }
        }
        query.putAll(oddQuery);
        return query.isEmpty() ? path : path + "?" + form(query);
    }

    private static String form(Map<String, String> encodedFields) {
        StringBuilder form = new StringBuilder();
        encodedFields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(encode(name)).append('=').append(value));
        return form.toString();
    }

    /** The sample with its first text field (or a field of its own) holding bytes that are not UTF-8. */
    private static byte[] invalidUtf8(JsonNode sample) {
        ObjectNode body = sample instanceof ObjectNode object ? object.deepCopy() : JSON.objectNode();
        String field = body.properties().stream().filter(property -> property.getValue().isTextual())
                .map(Map.Entry::getKey).findFirst().orElse("x");
        body.put(field, PLACEHOLDER);
        String[] around = body.toString().split(PLACEHOLDER, 2);
        byte[] before = utf8(around[0]);
        byte[] after = utf8(around[1]);
        byte[] broken = new byte[before.length + 2 + after.length];
        System.arraycopy(before, 0, broken, 0, before.length);
        broken[before.length] = (byte) 0xC3;
        broken[before.length + 1] = (byte) 0x28;
        System.arraycopy(after, 0, broken, before.length + 2, after.length);
        return broken;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String shortName(String value) {
        return value.length() <= 24 ? value : value.substring(0, 12) + "…(" + value.length() + " chars)";
    }
}
