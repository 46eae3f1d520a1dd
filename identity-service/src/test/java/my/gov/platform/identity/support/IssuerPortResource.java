package my.gov.platform.identity.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Fixes the test server's port in advance, so the issuer identifier (which must be known at
 * startup and match the URL clients call) is the test server's own URL.
 */
public class IssuerPortResource implements QuarkusTestResourceLifecycleManager {
    private static int port;

    @Override
    public synchronized Map<String, String> start() {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of("quarkus.http.test-port", Integer.toString(port),
                "mygov.identity.issuer", issuer(),
                "mygov.public-base-url", issuer());
    }

    public static String issuer() {
        return "http://localhost:" + port;
    }

    @Override
    public void stop() {
    }
}
