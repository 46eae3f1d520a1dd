package my.gov.platform.catalogue.search;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Carian Bestari over the reference service set the catalogue ships with. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class SearchApiTest {

    @Test
    void theReferenceSetCoversEverySectorAndGroup() {
        ValidatableResponse all = given().queryParam("limit", 1).when().get("/v1/search").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(200));
        for (String sector : List.of("SOSIAL_1", "SOSIAL_2", "EKONOMI", "INFRASTRUKTUR", "KESELAMATAN", "PENTADBIRAN_AWAM")) {
            all.body("facets.sector." + sector, greaterThan(0));
        }
        for (String group : List.of("G2C", "G2B", "G2G", "G2E")) {
            all.body("facets.targetGroup." + group, greaterThan(0));
        }
        given().queryParam("q", "MyGDX").when().get("/v1/search").then().body("items.code", hasItem("JDN-MYGDX"));
        given().queryParam("q", "ePayment gateway").when().get("/v1/search").then().body("items[0].code", equalTo("AN-EPAYMENT"));
        given().queryParam("q", "single sign-on").when().get("/v1/search").then().body("items[0].code", equalTo("JDN-SSO"));
    }

    @Test
    void misspeltMalayFindsTheService() {
        assertTop("lesen memandau", "JPJ-LESEN-MEMANDU");
        assertTop("pendaftaraan kelahirn", "JPN-SIJIL-LAHIR");
        assertTop("pasprot antarabangsa", "JIM-PASPORT");
    }

    @Test
    void misspeltEnglishFindsTheService() {
        assertTop("drivng lisence renewal", "JPJ-LESEN-MEMANDU-PEMBAHARUAN");
        assertTop("income tax retrun", "LHDN-CUKAI-PENDAPATAN");
        assertTop("halal certfication", "JAKIM-HALAL");
    }

    @Test
    void missingAccentsAndSpacingDoNotMatter() {
        assertTop("pérkahwinan bukan islam", "JPN-NIKAH");
        assertTop("lesenmemandu", "JPJ-LESEN-MEMANDU");
        assertTop("my digital id", "JPN-MYDIGITALID");
    }

    @Test
    void filtersNarrowAndFacetsCountTheRest() {
        given().queryParam("q", "lesen").queryParam("group", "G2B").queryParam("status", "E2E")
                .when().get("/v1/search").then().statusCode(200)
                .body("items.targetGroup", everyItem(equalTo("G2B")))
                .body("items.e2eStatus", everyItem(equalTo("E2E")))
                .body("facets.targetGroup.G2C", greaterThan(0));
        given().queryParam("lifeEvent", "KELAHIRAN").when().get("/v1/search").then()
                .body("items.lifeEvent", everyItem(equalTo("KELAHIRAN")))
                .body("total", greaterThan(0));
        given().queryParam("persona", "IBU_HAMIL").when().get("/v1/search").then()
                .body("items.code", hasItem(startsWith("KKM-BUKU-PINK")));
    }

    @Test
    void anUnknownStatusIsAValidationProblem() {
        given().queryParam("status", "ONLINE").when().get("/v1/search").then().statusCode(400)
                .body("violations.field", hasItem("status"));
        given().queryParam("e2eStatus", "ONLINE").when().get("/v1/services").then().statusCode(400)
                .body("violations.field", hasItem("e2eStatus"));
        given().queryParam("dimension", "PLANET").when().get("/v1/kpi/e2e-rates").then().statusCode(400)
                .body("violations.field", hasItem("dimension"));
    }

    @Test
    void pagesFollowTheCursor() {
        String cursor = given().queryParam("q", "permohonan").queryParam("limit", 5).when().get("/v1/search")
                .then().body("items.size()", equalTo(5)).extract().path("nextCursor");
        List<String> second = given().queryParam("q", "permohonan").queryParam("limit", 5).queryParam("cursor", cursor)
                .when().get("/v1/search").then().statusCode(200).extract().path("items.code");
        List<String> first = given().queryParam("q", "permohonan").queryParam("limit", 5).when().get("/v1/search")
                .then().extract().path("items.code");
        assertThat(second).hasSize(5).doesNotContainAnyElementsOf(first);
    }

    @Test
    void browsingByLifeEventAndPersonaCountsServices() {
        given().queryParam("group", "G2C").when().get("/v1/browse/life-events").then().statusCode(200)
                .body("items.size()", equalTo(14))
                .body("items.find { it.code == 'KELAHIRAN' }.services", greaterThan(0));
        given().queryParam("limit", 100).when().get("/v1/browse/life-events").then().body("items.size()", equalTo(39));
        given().when().get("/v1/browse/personas").then().statusCode(200)
                .body("items.size()", equalTo(17))
                .body("items.find { it.code == 'USAHAWAN' }.services", greaterThan(0));
    }

    @Test
    void aBrowseListIsWalkedInPagesAndRefusesBadPageParameters() {
        String cursor = given().when().get("/v1/browse/life-events").then().statusCode(200)
                .body("items.size()", equalTo(20)).extract().path("nextCursor");
        given().queryParam("cursor", cursor).when().get("/v1/browse/life-events").then().statusCode(200)
                .body("items.size()", equalTo(19)).body("nextCursor", nullValue());
        for (String query : new String[]{"limit=abc", "limit=0", "limit=101", "cursor=bm90LWEtY3Vyc29y"}) {
            given().when().get("/v1/browse/personas?" + query).then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        }
    }

    private static void assertTop(String query, String codePrefix) {
        given().queryParam("q", query).when().get("/v1/search").then().statusCode(200)
                .body("items[0].code", startsWith(codePrefix));
    }
}
