package my.gov.platform.exchange.products;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.PROBLEM_JSON;
import static my.gov.platform.exchange.ExchangeFixtures.admin;
import static my.gov.platform.exchange.ExchangeFixtures.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ProductApiTest {

    @Test
    void theCatalogueIsPublicAndSeededWithEveryRegistryAndRepository() {
        assertThat(seeded("REGISTRY")).hasSize(21).contains("POPULATION", "VEHICLE", "COMPANY", "PENSIONERS", "LAND");
        assertThat(seeded("REPOSITORY")).hasSize(36).contains("CRIME", "HALAL", "NATIONAL_BUDGET");
        given().when().get("/v1/products?kind=REGISTRY&limit=20").then().statusCode(200)
                .body("items", hasSize(20)).body("nextCursor", notNullValue());
    }

    /** Seeded codes only: other tests register TEST_ products in the same database. */
    private static List<String> seeded(String kind) {
        List<String> codes = given().when().get("/v1/products?limit=100&kind=" + kind).then().statusCode(200)
                .extract().path("items.code");
        return codes.stream().filter(code -> !code.startsWith("TEST_")).toList();
    }

    @Test
    void theSampleRegistriesUseTheSharedFieldNames() {
        given().when().get("/v1/products/POPULATION").then().statusCode(200)
                .body("ownerAgency", equalTo("JPN"))
                .body("sector", equalTo("KESELAMATAN"))
                .body("classification", equalTo("SULIT"))
                .body("klasifikasi", equalTo("Sulit"))
                .body("legalBasis", equalTo("National Registration Act 1959 (Act 78)"))
                .body("fields.name", equalTo(List.of("mykadNumber", "fullName", "dateOfBirth", "gender", "address",
                        "citizenship", "dateOfDeath")));
        given().when().get("/v1/products/VEHICLE").then().statusCode(200)
                .body("fields.name", equalTo(List.of("registrationNumber", "ownerMykadNumber", "make", "model", "roadTaxExpiry")));
        given().when().get("/v1/products/COMPANY").then().statusCode(200)
                .body("fields.name", equalTo(List.of("companyRegistrationNumber", "companyName", "companyStatus",
                        "businessAddress", "directors")));
    }

    @Test
    void eachProductPublishesItsSchemaAsOpenApiWithKlasifikasiPerField() {
        Map<String, Object> properties = given().when().get("/v1/products/POPULATION/openapi").then().statusCode(200)
                .body("openapi", equalTo("3.1.0"))
                .body("info.x-klasifikasi", equalTo("Sulit"))
                .extract().path("components.schemas.PopulationRecord.properties");
        assertThat(properties).hasSize(7);
        assertThat(((Map<?, ?>) properties.get("fullName")).get("x-klasifikasi")).isEqualTo("Terhad");
        assertThat(((Map<?, ?>) properties.get("address")).get("x-klasifikasi")).isEqualTo("Sulit");
        assertThat(((Map<?, ?>) properties.get("address")).get("x-consent-required")).isEqualTo(true);
    }

    @Test
    void theProviderInterfaceSaysWhichTokenTheProviderMustAccept() {
        given().when().get("/v1/products/POPULATION/openapi").then().statusCode(200)
                .body("security[0].brokerToken", equalTo(List.of()))
                .body("components.securitySchemes.brokerToken.scheme", equalTo("bearer"))
                .body("components.securitySchemes.brokerToken.description", containsString("aud exactly urn:mygov:agency:JPN"))
                .body("components.securitySchemes.brokerToken.description", containsString("scope registry.read"));
        given().when().get("/v1/products/COMPANY/openapi").then().statusCode(200)
                .body("components.securitySchemes.brokerToken.description", containsString("aud exactly urn:mygov:agency:SSM"));
    }

    @Test
    void onlyTheOwnerOrAnAdminChangesAProduct() {
        String body = """
                {"code": "TEST_LICENCES", "kind": "REGISTRY", "name": "Test licences", "nameMs": "Lesen ujian",
                 "sector": "EKONOMI", "ownerAgency": "SSM", "legalBasis": "Data Sharing Act 2025", "version": "1.0.0",
                 "classification": "TERHAD", "recordKey": "licenceNumber",
                 "fields": [{"name": "licenceNumber", "type": "string", "classification": "OPEN", "consentRequired": false},
                            {"name": "holder", "type": "string", "classification": "TERHAD", "consentRequired": false}],
                 "providerEndpoint": "https://mygdx.ssm.gov.my/v1/licences/{key}"}""";
        given().auth().oauth2(owner("JPN")).contentType(ContentType.JSON).body(body)
                .when().post("/v1/products").then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(owner("SSM")).contentType(ContentType.JSON).body(body)
                .when().post("/v1/products").then().statusCode(201).body("code", equalTo("TEST_LICENCES"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body.replace("1.0.0", "1.1.0"))
                .when().put("/v1/products/TEST_LICENCES").then().statusCode(200).body("version", equalTo("1.1.0"));
        given().auth().oauth2(owner("SSM")).contentType(ContentType.JSON)
                .body(body.replace("\"classification\": \"TERHAD\", \"recordKey\"", "\"classification\": \"OPEN\", \"recordKey\""))
                .when().put("/v1/products/TEST_LICENCES").then().statusCode(400)
                .body("type", endsWith("/problems/validation-failed"));
        given().contentType(ContentType.JSON).body(body).when().post("/v1/products").then().statusCode(401);
    }

    @Test
    void unknownProductIsAProblem() {
        given().when().get("/v1/products/NO_SUCH_PRODUCT").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/not-found"));
    }
}
