package my.gov.platform.payment.trustmarks;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static my.gov.platform.payment.support.GatewayFixtures.issueTrustmark;
import static my.gov.platform.payment.support.GatewayFixtures.issueUncertifiedTrustmark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The public registry: anyone lists certificates without a token, a page at a time, and sees nothing private. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class TrustmarkCertificateRegistryTest {
    @Test
    void anyoneListsAnAgencysCertificatesPageByPageWithoutAToken() {
        String agency = "REG" + ThreadLocalRandom.current().nextInt(100000, 999999);
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 2; i++) {
            issueTrustmark(agency, List.of("bayar.reg.gov.my"), today.minusDays(1), today.plusYears(1));
        }
        issueUncertifiedTrustmark(agency, List.of("baru.reg.gov.my"), today, today.plusYears(1));

        String cursor = given().queryParam("agency", agency).queryParam("limit", 2).get("/v1/trustmark-certificates")
                .then().statusCode(200).body("items", hasSize(2)).body("items.agency", everyItem(equalTo(agency)))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        Map<String, Object> last = given().queryParam("agency", agency).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/v1/trustmark-certificates").then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue())
                .extract().path("items[0]");
        assertThat(last).containsEntry("status", "AWAITING_MILESTONES").containsEntry("valid", false)
                .containsEntry("hosts", List.of("baru.reg.gov.my"))
                .containsKeys("certificateNumber", "validFrom", "validUntil")
                .doesNotContainKeys("id", "milestones", "statusReason", "version");

        given().queryParam("agency", agency).queryParam("status", "ACTIVE").get("/v1/trustmark-certificates")
                .then().statusCode(200).body("items", hasSize(2)).body("items.valid", everyItem(equalTo(true)));
    }

    @Test
    void badPagingIsAProblem() {
        given().queryParam("cursor", "not-a-cursor").get("/v1/trustmark-certificates").then().statusCode(400)
                .contentType("application/problem+json").body("type", endsWith("/problems/validation-failed"));
        given().queryParam("limit", 101).get("/v1/trustmark-certificates").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
