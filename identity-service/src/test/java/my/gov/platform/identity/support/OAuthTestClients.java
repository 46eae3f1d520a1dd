package my.gov.platform.identity.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.clients.RegisterClientRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Registers clients straight through the registry and obtains tokens over HTTP, for tests. */
public final class OAuthTestClients {
    private OAuthTestClients() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A client_secret_basic client whose secret is {@code <clientId>-secret}. */
    public static OAuthClient secretClient(ClientRegistry registry, String clientId, String agency, String... scopes) {
        return registry.register(new RegisterClientRequest(clientId, "Test " + clientId, agency,
                ClientAuthMethod.CLIENT_SECRET_BASIC, List.of(GrantType.CLIENT_CREDENTIALS), List.of(scopes), List.of(),
                null, null), clientId + "-secret");
    }

    public static String token(String clientId) {
        return given().auth().preemptive().basic(clientId, clientId + "-secret")
                .formParam("grant_type", "client_credentials")
                .when().post("/oauth2/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A client_credentials request sent as if from {@code address} (an X-Forwarded-For header, believed only from a trusted proxy). */
    public static Response tokenRequestFrom(String address, String clientId, String secret) {
        return given().header("X-Forwarded-For", address).auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials").when().post("/oauth2/token");
    }

    /** A token with identity.admin, from a fresh admin client. */
    public static String adminToken(ClientRegistry registry) {
        String clientId = uniqueId("admin");
        secretClient(registry, clientId, null, "identity.admin");
        return token(clientId);
    }

    public static ECKey newEcKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String assertion(ECKey key, String clientId, String audience, Instant issuedAt, Duration lifetime, String jti) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(issuedAt.plus(lifetime))).jwtID(jti).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
