package my.gov.platform.identity.accounts;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import my.gov.platform.commons.security.assurance.LevelOfAssurance;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.oauth.AccessTokens;
import my.gov.platform.identity.oauth.AuthenticationInfo;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.RecordingCodeGenerator;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class AccountApiTest {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PASSWORD = "Kopi-Tarik-Setiap-Pagi-2026";

    @Inject
    AccountService accounts;
    @Inject
    AccessTokens tokens;
    @Inject
    ClientRegistry registry;
    @Inject
    SignUpQueue queue;

    private static String citizen(String mykad, String email, String password) {
        return """
                {"kind": "CITIZEN", "fullName": "Siti Aminah", "email": "%s", "phone": "+60123456789",
                 "password": "%s", "mykadNumber": "%s"}""".formatted(email, password, mykad);
    }

    private static String uniqueMyKad() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return String.format("%02d%02d%02d10%04d", random.nextInt(70, 100), random.nextInt(1, 13), random.nextInt(1, 29),
                random.nextInt(10_000));
    }

    @Test
    void aCitizenRegistersVerifiesByEmailAndTheEventsCarryNoPersonalData() {
        String mykad = uniqueMyKad();
        String email = "siti-" + UUID.randomUUID() + "@example.com";
        try (EventCapture events = EventCapture.of("identity.events")) {
            given().contentType(ContentType.JSON).body(citizen(mykad, email, PASSWORD))
                    .when().post("/v1/accounts")
                    .then().statusCode(202)
                    .body("status", equalTo("VERIFICATION_SENT"))
                    .body("emailSentTo", equalTo(Masking.email(email)));
            Account account = Account.byLoginId(mykad).orElseThrow();
            assertThat(account.status).isEqualTo(AccountStatus.PENDING_VERIFICATION);
            assertThat(account.passwordHash).startsWith("$argon2id$");

            String code = RecordingCodeGenerator.lastCodeSentTo(email);
            CloudEvent requested = events.awaitEvent(e -> e.getType().equals("my.gov.verification.requested")
                    && e.getSubject().equals(account.id.toString())
                    && new String(e.getData().toBytes(), StandardCharsets.UTF_8).contains("\"EMAIL\""), java.time.Duration.ofSeconds(30));
            String requestedData = new String(requested.getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(requestedData).doesNotContain(code).doesNotContain(email).contains(Masking.email(email));

            String wrong = code.equals("000000") ? "111111" : "000000";
            verify(mykad, "EMAIL", wrong).then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", endsWith("/problems/invalid-verification-code"));
            verify(mykad.substring(0, 6) + "-" + mykad.substring(6, 8) + "-" + mykad.substring(8), "EMAIL", code)
                    .then().statusCode(200).body("status", equalTo("ACTIVE"));
            verify(mykad, "EMAIL", code).then().statusCode(400);

            CloudEvent registered = events.awaitEvent("my.gov.user.registered", account.id);
            String registeredData = new String(registered.getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(registeredData).contains("CITIZEN").doesNotContain(mykad).doesNotContain(email);
            events.awaitEvent("my.gov.user.verified", account.id);
        }
    }

    @Test
    void aSignUpRushQueuesNewcomersWithTheirPositionUntilThereIsRoom() {
        List<UUID> held = new ArrayList<>();
        try {
            while (held.size() < queue.capacity()) {
                SignUpQueue.Admission slot = queue.enter(null);
                assertThat(slot.admitted()).isTrue();
                held.add(slot.ticket());
            }
            String email = "rush-" + UUID.randomUUID() + "@example.com";
            String body = citizen(uniqueMyKad(), email, PASSWORD);
            String ticket = given().contentType(ContentType.JSON).body(body)
                    .when().post("/v1/accounts")
                    .then().statusCode(429).contentType(PROBLEM_JSON)
                    .header("Retry-After", "5")
                    .body("type", endsWith("/problems/sign-up-queued"))
                    .body("position", equalTo(1))
                    .extract().path("ticket");
            given().contentType(ContentType.JSON).body(body).header("X-Queue-Ticket", ticket)
                    .when().post("/v1/accounts").then().statusCode(429).body("position", equalTo(1));

            queue.leave(held.remove(0));
            given().contentType(ContentType.JSON).body(body).header("X-Queue-Ticket", ticket)
                    .when().post("/v1/accounts").then().statusCode(202);
            assertThat(RecordingCodeGenerator.lastCodeSentTo(email)).isNotNull();
        } finally {
            held.forEach(queue::leave);
        }
    }

    @Test
    void anAlreadyRegisteredIdentifierGetsTheSameAnswerAndNoSecondAccount() {
        String mykad = uniqueMyKad();
        String email = "dup-" + UUID.randomUUID() + "@example.com";
        given().contentType(ContentType.JSON).body(citizen(mykad, email, PASSWORD)).post("/v1/accounts").then().statusCode(202);
        given().contentType(ContentType.JSON).body(citizen(mykad, email, PASSWORD))
                .when().post("/v1/accounts").then().statusCode(202).body("status", equalTo("VERIFICATION_SENT"));
        assertThat(Account.count("loginId", mykad)).isEqualTo(1);
    }

    @Test
    void invalidIdentityNumbersWeakPasswordsAndUnofficialCivilServantsAreRefused() {
        given().contentType(ContentType.JSON).body(citizen("851301145011", "a@example.com", PASSWORD))
                .when().post("/v1/accounts").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("mykadNumber"));
        String mykad = uniqueMyKad();
        given().contentType(ContentType.JSON).body(citizen(mykad, "b@example.com", mykad))
                .when().post("/v1/accounts").then().statusCode(422).body("type", endsWith("/problems/weak-password"));
        given().contentType(ContentType.JSON).body(citizen(uniqueMyKad(), "c@example.com", "password1234"))
                .when().post("/v1/accounts").then().statusCode(422);
        given().contentType(ContentType.JSON).body("""
                        {"kind": "CIVIL_SERVANT", "fullName": "Ahmad", "email": "ahmad@gmail.com",
                         "password": "%s", "agency": "JPJ"}""".formatted(PASSWORD))
                .when().post("/v1/accounts").then().statusCode(400).body("violations[0].field", equalTo("email"));
    }

    @Test
    void agencyAdminsDeactivateTheirOwnStaffOnlyAndTheTokensStopWorking() {
        Account admin = TestPeople.activeCivilServant(accounts, "JPJ", "agency-admin");
        Account leaver = TestPeople.activeCivilServant(accounts, "JPJ");
        Account otherAgency = TestPeople.activeCivilServant(accounts, "JPN");
        String adminToken = TestPeople.tokenFor(admin, tokens, registry);
        String leaverToken = TestPeople.tokenFor(leaver, tokens, registry);
        String rsClient = OAuthTestClients.uniqueId("rs");
        OAuthTestClients.secretClient(registry, rsClient, null, "openid");
        introspect(rsClient, leaverToken).then().body("active", equalTo(true));

        // Administering people on a password alone is refused with a request to step up (RFC 9470).
        String passwordOnly = TestPeople.tokenFor(admin, tokens, registry,
                new AuthenticationInfo(Instant.now(), LevelOfAssurance.PASSWORD, List.of("pwd")));
        given().auth().oauth2(passwordOnly).when().post("/v1/accounts/" + leaver.id + "/deactivation")
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer error=\"insufficient_user_authentication\""))
                .header("WWW-Authenticate", containsString("acr_values=\"urn:mygov:loa:2\""))
                .body("type", endsWith("/problems/insufficient-user-authentication"));

        given().auth().oauth2(adminToken).when().post("/v1/accounts/" + otherAgency.id + "/deactivation")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(leaverToken).when().post("/v1/accounts/" + admin.id + "/deactivation")
                .then().statusCode(403);

        try (EventCapture events = EventCapture.of("identity.events")) {
            given().auth().oauth2(adminToken).when().post("/v1/accounts/" + leaver.id + "/deactivation")
                    .then().statusCode(200).body("status", equalTo("DEACTIVATED"));
            CloudEvent event = events.awaitEvent("my.gov.user.deactivated", leaver.id);
            assertThat(event.getExtension("agency")).isEqualTo("JPJ");
        }
        introspect(rsClient, leaverToken).then().body("active", equalTo(false));
        given().auth().oauth2(adminToken).when().post("/v1/accounts/" + leaver.id + "/deactivation")
                .then().statusCode(409);
        given().auth().oauth2(adminToken).when().get("/v1/accounts/" + leaver.id)
                .then().statusCode(200).body("status", equalTo("DEACTIVATED")).body("agency", equalTo("JPJ"));

        Account platformAdmin = TestPeople.activeCivilServant(accounts, "MAMPU", "platform-admin");
        given().auth().oauth2(TestPeople.tokenFor(platformAdmin, tokens, registry))
                .when().post("/v1/accounts/" + otherAgency.id + "/deactivation").then().statusCode(200);
    }

    private static io.restassured.response.Response verify(String loginId, String channel, String code) {
        return given().contentType(ContentType.JSON)
                .body("{\"loginId\": \"%s\", \"channel\": \"%s\", \"code\": \"%s\"}".formatted(loginId, channel, code))
                .when().post("/v1/account-verifications");
    }

    private static io.restassured.response.Response introspect(String clientId, String token) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("token", token)
                .when().post("/oauth2/introspect");
    }
}
