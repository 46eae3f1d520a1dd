package my.gov.platform.identity.devices;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.authorize.Pkce;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.commons.security.assurance.LevelOfAssurance;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class DeviceApprovalTest {
    private static final String PASSWORD = "Teh-Tarik-Kurang-Manis";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";
    private static final String VERIFIER = "d".repeat(60);
    private static final Pattern CHALLENGE = Pattern.compile("letter-spacing:\\.2em\">(\\d{8})<");

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;

    @Test
    void aSignInApprovedByTheRegisteredDeviceKeyReachesLevelThree() throws Exception {
        String clientId = OAuthTestClients.uniqueId("loa3");
        registry.register(new RegisterClientRequest(clientId, "High-assurance portal", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null), clientId + "-secret");
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        String authorize = "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + REDIRECT
                + "&scope=openid&state=s3&code_challenge=" + Pkce.s256(VERIFIER) + "&code_challenge_method=S256";

        Browser browser = new Browser();
        Map<String, String> first = Browser.query(browser.consent(browser.signIn(browser.get(authorize), citizen.loginId, PASSWORD), true));
        String accessToken = redeem(clientId, first.get("code")).path("access_token");

        Path keyFile = Files.createTempFile(Path.of("target"), "device-", ".jwk");
        DeviceSimulator.main(new String[]{"keygen", keyFile.toString()});
        ECKey deviceKey = (ECKey) JWK.parse(Files.readString(keyFile));
        String deviceId = given().auth().oauth2(accessToken).contentType(ContentType.JSON)
                .body("{\"name\": \"Telefon Siti\", \"publicKey\": " + deviceKey.toPublicJWK().toJSONString() + "}")
                .when().post("/v1/devices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(accessToken).contentType(ContentType.JSON)
                .body("{\"name\": \"Leaky\", \"publicKey\": " + deviceKey.toJSONString() + "}")
                .when().post("/v1/devices").then().statusCode(400);

        Response toDevice = browser.signIn(browser.get(authorize + "&acr_values=urn:mygov:loa:3"), citizen.loginId, PASSWORD);
        assertThat(toDevice.header("Location")).contains("/device?request=");
        Response page = browser.get(toDevice.header("Location"));
        Matcher code = CHALLENGE.matcher(page.asString());
        assertThat(code.find()).isTrue();
        UUID challengeId = UUID.fromString(toDevice.header("Location").replaceAll(".*challenge=([0-9a-f-]+).*", "$1"));
        Map<String, String> form = Browser.hiddenFields(page.asString());
        form.put("challenge", challengeId.toString());

        assertThat(browser.postForm("/device", form).asString()).contains("belum diluluskan");
        HttpClient http = HttpClient.newHttpClient();
        String issuer = IssuerPortResource.issuer();
        HttpResponse<String> forged = http.send(DeviceSimulator.approval(issuer, OAuthTestClients.newEcKey(), UUID.fromString(deviceId),
                challengeId, code.group(1)), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(400);
        HttpResponse<String> approved = http.send(DeviceSimulator.approval(issuer, deviceKey, UUID.fromString(deviceId),
                challengeId, code.group(1)), HttpResponse.BodyHandlers.ofString());
        assertThat(approved.statusCode()).isEqualTo(204);

        Map<String, String> callback = Browser.query(browser.postForm("/device", form));
        SignedJWT idToken = SignedJWT.parse(redeem(clientId, callback.get("code")).path("id_token"));
        assertThat(idToken.getJWTClaimsSet().getStringClaim("acr")).isEqualTo(LevelOfAssurance.DEVICE);
        assertThat(idToken.getJWTClaimsSet().getStringListClaim("amr")).containsExactly("pwd", "hwk");
    }

    private static Response redeem(String clientId, String code) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", REDIRECT).formParam("code_verifier", VERIFIER)
                .when().post("/oauth2/token").then().statusCode(200).extract().response();
    }
}
