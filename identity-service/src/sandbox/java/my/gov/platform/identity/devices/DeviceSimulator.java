package my.gov.platform.identity.devices;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A command-line stand-in for the MyDigital ID phone app (see README):
 * <pre>
 * keygen   &lt;key-file&gt;
 * register &lt;issuer&gt; &lt;access-token&gt; &lt;key-file&gt; &lt;device-name&gt;
 * approve  &lt;issuer&gt; &lt;key-file&gt; &lt;device-id&gt; &lt;challenge-id&gt; &lt;challenge&gt;
 * </pre>
 */
public final class DeviceSimulator {
    private DeviceSimulator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        switch (args[0]) {
            case "keygen" -> {
                ECKey key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
                Files.writeString(Path.of(args[1]), key.toJSONString());
                System.out.println("Device key written to " + args[1]);
            }
            case "register" -> {
                ECKey key = (ECKey) JWK.parse(Files.readString(Path.of(args[3])));
                String body = "{\"name\": \"" + args[4].replace("\"", "") + "\", \"publicKey\": " + key.toPublicJWK().toJSONString() + "}";
                System.out.println(send(HttpRequest.newBuilder(URI.create(args[1] + "/v1/devices"))
                        .header("Authorization", "Bearer " + args[2]).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
            }
            case "approve" -> {
                ECKey key = (ECKey) JWK.parse(Files.readString(Path.of(args[2])));
                System.out.println(send(approval(args[1], key, UUID.fromString(args[3]), UUID.fromString(args[4]), args[5])));
            }
            default -> usage();
        }
    }

    /** The approval request the app sends for a challenge shown at sign-in. */
    public static HttpRequest approval(String issuer, ECKey key, UUID deviceId, UUID challengeId, String challenge) throws Exception {
        String signature = DeviceSignatures.sign(key.toECPrivateKey(), challengeId, challenge);
        String body = "{\"deviceId\": \"" + deviceId + "\", \"signature\": \"" + signature + "\"}";
        return HttpRequest.newBuilder(URI.create(issuer + "/v1/device-challenges/" + challengeId + "/approval"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    private static void usage() {
        System.out.println("""
                usage: DeviceSimulator keygen <key-file>
                       DeviceSimulator register <issuer> <access-token> <key-file> <device-name>
                       DeviceSimulator approve <issuer> <key-file> <device-id> <challenge-id> <challenge>""");
    }
}
