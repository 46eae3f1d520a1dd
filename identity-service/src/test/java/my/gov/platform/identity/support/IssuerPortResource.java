package my.gov.platform.identity.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fixes the test server's port in advance, so the issuer identifier (which must be known at
 * startup and match the URL clients call) is the test server's own URL.
 */
public class IssuerPortResource implements QuarkusTestResourceLifecycleManager {
    private static int port;

    @Override
    public synchronized Map<String, String> start() {
        if (port == 0) {
            port = freePortBelowEphemeralRange();
        }
        return Map.of("quarkus.http.test-port", Integer.toString(port),
                "mygov.identity.issuer", issuer(),
                "mygov.public-base-url", issuer());
    }

    /**
     * A port the kernel never hands out to outgoing connections (the ephemeral range starts at
     * 32768), so nothing else on a busy machine takes it while the test resources start.
     */
    private static int freePortBelowEphemeralRange() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = random.nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Try another one.
            }
        }
        throw new UncheckedIOException(new IOException("No free port between 20000 and 32000"));
    }

    public static String issuer() {
        return "http://localhost:" + port;
    }

    @Override
    public void stop() {
    }
}
