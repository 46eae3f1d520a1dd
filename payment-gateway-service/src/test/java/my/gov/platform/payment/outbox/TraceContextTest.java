package my.gov.platform.payment.outbox;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** W3C trace context flows from the HTTP request into the event it causes (CloudEvents distributed tracing). */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class TraceContextTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void theCallersTraceIdTravelsIntoTheEvent() {
        try (EventCapture events = EventCapture.of("payment.events")) {
            String id = given().auth().oauth2(TestTokens.agency("CSM").scopes("trustmarks.certify").token())
                    .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                    .contentType(ContentType.JSON)
                    .body("""
                            {"certificateNumber": "MTSA-2030-7001", "agency": "JPJ", "applicationName": "Trace test",
                             "hosts": ["bayar.jpj.gov.my"], "validFrom": "2026-01-01", "validUntil": "2027-12-31"}""")
                    .when().post("/v1/trustmarks")
                    .then().statusCode(201).extract().path("id");

            CloudEvent event = events.awaitEvent("my.gov.trustmark.issued", id);
            assertThat((String) event.getExtension("traceparent")).contains(TRACE_ID);
        }
    }
}
