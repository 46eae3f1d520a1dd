package my.gov.platform.commons.json;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * JSON bodies are taken only as written: no repeated keys, no coerced numbers, no NUL, lone surrogates or bytes that
 * are not UTF-8 in strings (web.EdgeProbeResource).
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class StrictJsonTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void nulInAJsonStringIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"currency\": \"MYR\", \"notes\": [\"ok\", \"a\\u0000b\"]}")
                .when().post("/v1/edge-probes")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("notes[1]"));
    }

    @Test
    void aLoneSurrogateInAJsonStringIsRefusedNamingTheField() {
        for (String hostile : new String[]{"\\uD800", "\\uDC00abc", "\\uD800x", "\\uD800\\uD800", "ok\\uDBFF"}) {
            given().contentType(ContentType.JSON).body("{\"currency\": \"MYR\", \"notes\": [\"" + hostile + "\"]}")
                    .when().post("/v1/edge-probes")
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", endsWith("/problems/malformed-request"))
                    .body("violations.field", hasItem("notes[0]"));
        }
        given().contentType(ContentType.JSON).body("{\"currency\": \"MYR\", \"notes\": [\"\\uD83D\\uDE00\"]}")
                .when().post("/v1/edge-probes")
                .then().statusCode(200).body("notes[0]", equalTo("\uD83D\uDE00"));
    }

    @Test
    void aSurrogateWrittenAsRawUtf8BytesIsRefusedNamingTheField() {
        byte[] body = bytes("{\"currency\": \"", new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/edge-probes")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("currency"));
    }

    @Test
    void bytesThatAreNotUtf8InAJsonStringAreRefusedNamingTheField() {
        byte[] body = bytes("{\"currency\": \"MYR\", \"notes\": [\"ok\", \"a", new byte[]{(byte) 0xC3, (byte) 0x28}, "b\"]}");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/edge-probes")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("violations.field", hasItem("notes[1]"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"currency\": \"MYR\", \"value\": 100, \"value\": 1}")
                .when().post("/v1/edge-probes")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("violations.field", hasItem("value"))
                .body("detail", equalTo("Field 'value' is given more than once"));
    }

    @Test
    void numbersAreNotCoerced() {
        for (String value : new String[]{"10.5", "10.0", "\"100\"", "true"}) {
            given().contentType(ContentType.JSON).body("{\"currency\": \"MYR\", \"value\": " + value + "}")
                    .when().post("/v1/edge-probes")
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("violations.field", hasItem("value"));
        }
        given().contentType(ContentType.JSON).body("{\"currency\": \"MYR\", \"value\": 1050}")
                .when().post("/v1/edge-probes")
                .then().statusCode(200).body("value", equalTo(1050));
    }

    private static byte[] bytes(String before, byte[] raw, String after) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(raw);
        body.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
