package my.gov.platform.exchange.products;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import my.gov.platform.exchange.classification.Classification;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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

    /**
     * The seed as an integrator sees it: every product has a real schema (not V2's placeholder), is looked up
     * by its first field, classifies no field above itself, describes every field, leaves the identity
     * attributes to POPULATION (once only: one registry is their source), and renders as OpenAPI with the
     * same fields, labels and key.
     */
    @Test
    void everySeededProductPublishesARealSchemaThatRendersAsOpenApi() {
        List<Map<String, Object>> products = seededProducts();
        assertThat(products).hasSize(57);
        List<String> identityAttributes = List.of("fullName", "dateOfBirth", "gender", "address", "citizenship", "dateOfDeath");
        for (Map<String, Object> product : products) {
            String code = (String) product.get("code");
            Classification level = Classification.valueOf((String) product.get("classification"));
            List<Map<String, Object>> fields = fieldsOf(product);
            List<String> names = fields.stream().map(field -> (String) field.get("name")).toList();
            assertThat(names).as(code).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates()
                    .doesNotContain("recordId", "details", "lastUpdated");
            assertThat(names.get(0)).as(code + " record key").isEqualTo(product.get("recordKey"));
            if (!code.equals("POPULATION")) {
                assertThat(names).as(code).doesNotContainAnyElementsOf(identityAttributes);
            }
            for (Map<String, Object> field : fields) {
                assertThat(Classification.valueOf((String) field.get("classification")).isAbove(level))
                        .as(code + "." + field.get("name") + " above " + level).isFalse();
                assertThat((String) field.get("description")).as(code + "." + field.get("name")).isNotBlank();
                if (Boolean.TRUE.equals(field.get("consentRequired"))) {
                    assertThat(RecordKeys.CITIZEN_KEYS).as(code + "." + field.get("name") + " needs a consent no query could match")
                            .contains((String) product.get("recordKey"));
                }
            }
            assertRendersAsOpenApi(product, fields);
        }
    }

    private static void assertRendersAsOpenApi(Map<String, Object> product, List<Map<String, Object>> fields) {
        String code = (String) product.get("code");
        JsonPath openApi = given().when().get("/v1/products/" + code + "/openapi").then().statusCode(200)
                .body("info.version", equalTo(product.get("version")))
                .extract().jsonPath();
        Map<String, Map<String, Object>> schemas = openApi.getMap("components.schemas");
        assertThat(schemas).as(code).hasSize(1);
        Map<?, ?> properties = (Map<?, ?>) schemas.values().iterator().next().get("properties");
        assertThat(properties).as(code).hasSize(fields.size());
        for (Map<String, Object> field : fields) {
            Map<?, ?> property = (Map<?, ?>) properties.get(field.get("name"));
            assertThat(property).as(code + "." + field.get("name")).isNotNull();
            assertThat(property.get("type")).isEqualTo(field.get("type"));
            assertThat(property.get("x-klasifikasi"))
                    .isEqualTo(Classification.valueOf((String) field.get("classification")).malayName());
            assertThat(property.get("x-consent-required")).isEqualTo(field.get("consentRequired"));
        }
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        List<?> parameters = (List<?>) paths.values().iterator().next().get("get").get("parameters");
        assertThat(((Map<?, ?>) parameters.get(0)).get("name")).as(code).isEqualTo(product.get("recordKey"));
    }

    /** Every seeded product, all pages, without the TEST_ products other tests register. */
    private static List<Map<String, Object>> seededProducts() {
        List<Map<String, Object>> products = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/v1/products").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(item -> !((String) item.get("code")).startsWith("TEST_")).forEach(products::add);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return products;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fieldsOf(Map<String, Object> product) {
        return (List<Map<String, Object>>) product.get("fields");
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
    void aProductNotKeyedByACitizenCannotAskForConsent() {
        String body = """
                {"code": "TEST_PLATES", "kind": "REGISTRY", "name": "Test plates", "nameMs": "Nombor plat ujian",
                 "sector": "INFRASTRUKTUR", "ownerAgency": "JPJ", "legalBasis": "Road Transport Act 1987 (Act 333)",
                 "version": "1.0.0", "classification": "SULIT", "recordKey": "%s",
                 "fields": [{"name": "registrationNumber", "type": "string", "classification": "OPEN", "consentRequired": false},
                            {"name": "mykadNumber", "type": "string", "classification": "SULIT", "consentRequired": false},
                            {"name": "ownerIncome", "type": "string", "classification": "SULIT", "consentRequired": true}],
                 "providerEndpoint": "https://mygdx.jpj.gov.my/v1/plates/{key}"}""";
        given().auth().oauth2(owner("JPJ")).contentType(ContentType.JSON).body(body.formatted("registrationNumber"))
                .when().post("/v1/products").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/validation-failed"))
                .body("violations[0].field", equalTo("fields"))
                .body("violations[0].message", containsString("ownerIncome needs the citizen's consent"));
        given().when().get("/v1/products/TEST_PLATES").then().statusCode(404);
        given().auth().oauth2(owner("JPJ")).contentType(ContentType.JSON).body(body.formatted("mykadNumber"))
                .when().post("/v1/products").then().statusCode(201);
    }

    @Test
    void unknownProductIsAProblem() {
        given().when().get("/v1/products/NO_SUCH_PRODUCT").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/not-found"));
    }
}
