package my.gov.platform.identity.dpop;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import my.gov.platform.commons.security.dpop.DpopProofVerifier;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.authorize.Pkce;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.PlatformTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class DpopTest {
    private static final String REDIRECT = "https://rp.example.gov.my/callback";
    private static final String PASSWORD = "Satay-Kajang-Panas-2026";
    private static final String VERIFIER = "q".repeat(64);

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;
    @Inject
    DpopProofs dpopProofs;
    @ConfigProperty(name = "mygov.dpop.nonce-key")
    String nonceKey;

    private String proof(ECKey key, String method, String url, String accessToken) {
        return proofWithNonce(key, method, url, accessToken, dpopProofs.currentNonce());
    }

    static String proofWithNonce(ECKey key, String method, String url, String accessToken, String nonce) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString())
                .claim("htm", method).claim("htu", url).issueTime(Date.from(Instant.now()));
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        if (accessToken != null) {
            claims.claim("ath", DpopProofVerifier.accessTokenHash(accessToken));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(DpopProofVerifier.TYPE)
                .jwk(key.toPublicJWK()).build(), claims.build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Test
    void clientCredentialsTokensAreBoundToTheProofKeyAndProofsWorkOnce() throws Exception {
        String clientId = OAuthTestClients.uniqueId("dpop");
        OAuthTestClients.secretClient(registry, clientId, "JPJ", "identity.admin");
        ECKey key = OAuthTestClients.newEcKey();
        String tokenEndpoint = IssuerPortResource.issuer() + "/oauth2/token";
        String dpop = proof(key, "POST", tokenEndpoint, null);

        Response bound = tokenRequest(clientId).header("DPoP", dpop).when().post("/oauth2/token");
        bound.then().statusCode(200).body("token_type", equalTo("DPoP"));
        String token = bound.path("access_token");
        Map<String, Object> cnf = SignedJWT.parse(token).getJWTClaimsSet().getJSONObjectClaim("cnf");
        assertThat(cnf).containsEntry("jkt", key.computeThumbprint().toString());

        tokenRequest(clientId).header("DPoP", dpop).when().post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_dpop_proof"));
        tokenRequest(clientId).header("DPoP", proof(key, "POST", IssuerPortResource.issuer() + "/elsewhere", null))
                .when().post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_dpop_proof"));
        // The admin API is a resource server like the others: the bound token only with a fresh proof by its key.
        given().auth().oauth2(token).when().get("/v1/clients").then().statusCode(401)
                .header("WWW-Authenticate", containsString("DPoP error=\"invalid_token\""));
        String adminProof = proof(key, "GET", IssuerPortResource.issuer() + "/v1/clients", token);
        given().header("Authorization", "DPoP " + token).header("DPoP", adminProof).when().get("/v1/clients")
                .then().statusCode(200);
        given().header("Authorization", "DPoP " + token).header("DPoP", adminProof).when().get("/v1/clients")
                .then().statusCode(401).header("WWW-Authenticate", containsString("DPoP error=\"invalid_dpop_proof\""));
    }

    @Test
    void proofsWithoutTheServerNonceGetItWithUseDpopNonce() {
        String clientId = OAuthTestClients.uniqueId("dpop-nonce");
        OAuthTestClients.secretClient(registry, clientId, "JPJ", "identity.admin");
        ECKey key = OAuthTestClients.newEcKey();

        Response refused = tokenRequestWithNonce(clientId, key, null);
        refused.then().statusCode(400).body("error", equalTo("use_dpop_nonce"));
        String nonce = refused.header("DPoP-Nonce");
        assertThat(nonce).isNotBlank();
        tokenRequestWithNonce(clientId, key, "made-up-nonce").then().statusCode(400).body("error", equalTo("use_dpop_nonce"));

        Response issued = tokenRequestWithNonce(clientId, key, nonce);
        issued.then().statusCode(200).body("token_type", equalTo("DPoP"));
        assertThat(issued.header("DPoP-Nonce")).as("every answer to a proof offers the current nonce").isNotBlank();
    }

    @Test
    void aNonceFromAnotherReplicaWithTheConfiguredKeyIsAcceptedAndOneFromAnotherKeyIsNot() {
        String clientId = OAuthTestClients.uniqueId("dpop-replica");
        OAuthTestClients.secretClient(registry, clientId, "JPJ", "identity.admin");
        ECKey key = OAuthTestClients.newEcKey();
        String otherReplicas = new DpopNonces(Base64.getDecoder().decode(nonceKey), DpopProofs.NONCE_SLOT).current(Instant.now());
        byte[] foreignKey = new byte[32];
        new SecureRandom().nextBytes(foreignKey);
        String foreign = new DpopNonces(foreignKey, DpopProofs.NONCE_SLOT).current(Instant.now());

        tokenRequestWithNonce(clientId, key, foreign).then().statusCode(400).body("error", equalTo("use_dpop_nonce"));
        tokenRequestWithNonce(clientId, key, otherReplicas).then().statusCode(200).body("token_type", equalTo("DPoP"));
    }

    private Response tokenRequestWithNonce(String clientId, ECKey key, String nonce) {
        String tokenEndpoint = IssuerPortResource.issuer() + "/oauth2/token";
        return tokenRequest(clientId).header("DPoP", proofWithNonce(key, "POST", tokenEndpoint, null, nonce)).when().post("/oauth2/token");
    }

    @Test
    void aProofSentWithThePushedRequestBindsTheCodeToItsKey() throws Exception {
        String clientId = OAuthTestClients.uniqueId("dpop-par");
        registry.register(new RegisterClientRequest(clientId, "DPoP PAR portal", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of(), List.of(REDIRECT), null, null), clientId + "-secret");
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        String issuer = IssuerPortResource.issuer();
        ECKey key = OAuthTestClients.newEcKey();

        String wrongKeysCode = codeThroughPar(clientId, citizen, key, issuer);
        redeem(clientId, wrongKeysCode).header("DPoP", proof(OAuthTestClients.newEcKey(), "POST", issuer + "/oauth2/token", null))
                .when().post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_grant"));

        String code = codeThroughPar(clientId, citizen, key, issuer);
        redeem(clientId, code).header("DPoP", proof(key, "POST", issuer + "/oauth2/token", null))
                .when().post("/oauth2/token").then().statusCode(200).body("token_type", equalTo("DPoP"));

        given().auth().preemptive().basic(clientId, clientId + "-secret").header("DPoP", proof(key, "POST", issuer + "/oauth2/par", null))
                .formParam("response_type", "code").formParam("client_id", clientId).formParam("redirect_uri", REDIRECT)
                .formParam("scope", "openid").formParam("code_challenge", Pkce.s256(VERIFIER)).formParam("code_challenge_method", "S256")
                .formParam("dpop_jkt", OAuthTestClients.newEcKey().computeThumbprint().toString())
                .when().post("/oauth2/par").then().statusCode(400).body("error", equalTo("invalid_dpop_proof"));
    }

    private String codeThroughPar(String clientId, Account citizen, ECKey key, String issuer) {
        String requestUri = given().auth().preemptive().basic(clientId, clientId + "-secret")
                .header("DPoP", proof(key, "POST", issuer + "/oauth2/par", null))
                .formParam("response_type", "code").formParam("client_id", clientId).formParam("redirect_uri", REDIRECT)
                .formParam("scope", "openid").formParam("state", "par").formParam("code_challenge", Pkce.s256(VERIFIER))
                .formParam("code_challenge_method", "S256")
                .when().post("/oauth2/par").then().statusCode(201).extract().path("request_uri");
        Browser browser = new Browser();
        Response afterSignIn = browser.signIn(browser.get("/oauth2/authorize?client_id=" + clientId + "&request_uri="
                + java.net.URLEncoder.encode(requestUri, java.nio.charset.StandardCharsets.UTF_8)), citizen.loginId, PASSWORD);
        Response toClient = afterSignIn.header("Location").contains("/consent?") ? browser.consent(afterSignIn, true) : afterSignIn;
        return Browser.query(toClient).get("code");
    }

    private static io.restassured.specification.RequestSpecification redeem(String clientId, String code) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", REDIRECT).formParam("code_verifier", VERIFIER);
    }

    @Test
    void boundRefreshTokensAndUserinfoNeedProofsFromTheSameKey() {
        String clientId = OAuthTestClients.uniqueId("dpop-rp");
        registry.register(new RegisterClientRequest(clientId, "DPoP portal", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), List.of(), List.of(REDIRECT), null, null),
                clientId + "-secret");
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        Browser browser = new Browser();
        Map<String, String> callback = Browser.query(browser.consent(browser.signIn(browser.get("/oauth2/authorize?response_type=code&client_id="
                + clientId + "&redirect_uri=" + REDIRECT + "&scope=openid%20profile&state=d&code_challenge=" + Pkce.s256(VERIFIER)
                + "&code_challenge_method=S256"), citizen.loginId, PASSWORD), true));
        ECKey key = OAuthTestClients.newEcKey();
        String issuer = IssuerPortResource.issuer();
        Response tokens = given().auth().preemptive().basic(clientId, clientId + "-secret")
                .header("DPoP", proof(key, "POST", issuer + "/oauth2/token", null))
                .formParam("grant_type", "authorization_code").formParam("code", callback.get("code"))
                .formParam("redirect_uri", REDIRECT).formParam("code_verifier", VERIFIER)
                .when().post("/oauth2/token");
        tokens.then().statusCode(200).body("token_type", equalTo("DPoP"));
        String accessToken = tokens.path("access_token");

        given().header("Authorization", "Bearer " + accessToken).when().get("/userinfo").then().statusCode(401);
        given().header("Authorization", "DPoP " + accessToken)
                .header("DPoP", proof(OAuthTestClients.newEcKey(), "GET", issuer + "/userinfo", accessToken))
                .when().get("/userinfo").then().statusCode(401);
        given().header("Authorization", "DPoP " + accessToken)
                .header("DPoP", proofWithNonce(key, "GET", issuer + "/userinfo", accessToken, null))
                .when().get("/userinfo").then().statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"use_dpop_nonce\""))
                .header("DPoP-Nonce", notNullValue());
        given().header("Authorization", "DPoP " + accessToken).header("DPoP", proof(key, "GET", issuer + "/userinfo", accessToken))
                .when().get("/userinfo").then().statusCode(200).body("sub", equalTo(citizen.id.toString()));

        String refreshToken = tokens.path("refresh_token");
        refresh(clientId, refreshToken).when().post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(clientId, refreshToken).header("DPoP", proof(OAuthTestClients.newEcKey(), "POST", issuer + "/oauth2/token", null))
                .when().post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(clientId, refreshToken).header("DPoP", proof(key, "POST", issuer + "/oauth2/token", null))
                .when().post("/oauth2/token").then().statusCode(200).body("token_type", equalTo("DPoP"));
    }

    private static io.restassured.specification.RequestSpecification tokenRequest(String clientId) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret").formParam("grant_type", "client_credentials");
    }

    private static io.restassured.specification.RequestSpecification refresh(String clientId, String refreshToken) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refreshToken);
    }
}
