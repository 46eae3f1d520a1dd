package my.gov.platform.commons.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * The only way the services make HTTP requests to URLs their callers gave them. The host is
 * resolved once, the address checked against {@link OutboundPolicy}, and the connection made to
 * that very address (the Host header, SNI and certificate check still use the name), so a DNS
 * answer that changes between check and connect cannot redirect it. Redirects are never followed;
 * the connect time, the whole exchange and the body size are bounded, a body over the limit is not
 * read on. Every failure to get an answer is the same {@link OutboundFailure}; why is logged here.
 */
@ApplicationScoped
public class OutboundHttp {
    private static final Logger LOG = Logger.getLogger(OutboundHttp.class);

    private final OutboundPolicy policy;
    private final OutboundConfig config;
    private final Vertx vertx;
    private final HttpClient http;

    OutboundHttp(OutboundPolicy policy, OutboundConfig config, Vertx vertx) {
        this.policy = policy;
        this.config = config;
        this.vertx = vertx;
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) config.connectTimeout().toMillis())
                .setForceSni(true).setKeepAlive(true).setMaxPoolSize(config.connections()));
    }

    /** The whole answer; fails with {@link OutboundFailure} when there is none within the limits. */
    public Uni<OutboundResponse> send(OutboundRequest request) {
        URI uri = request.uri();
        Duration timeout = request.timeout() != null && request.timeout().compareTo(config.timeout()) < 0
                ? request.timeout() : config.timeout();
        int maxBytes = request.maxBodyBytes() != null ? Math.min(request.maxBodyBytes(), config.maxBodyBytes()) : config.maxBodyBytes();
        return checkedAddress(uri)
                .flatMap(address -> exchange(request, address, timeout, maxBytes))
                .ifNoItem().after(timeout).failWith(() -> new TimeoutException("no answer within " + timeout.toMillis() + " ms"))
                .onFailure().transform(failure -> {
                    LOG.warnf("Outbound %s to %s://%s:%d failed: %s", request.method(), uri.getScheme(), uri.getHost(),
                            OutboundPolicy.port(uri), failure);
                    return failure instanceof OutboundFailure known ? known : OutboundFailure.unreachable(isTimeout(failure));
                });
    }

    /** Vert.x reports connect and idle timeouts in exceptions of its own, named so. */
    private static boolean isTimeout(Throwable failure) {
        return failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout");
    }

    private Uni<InetAddress> checkedAddress(URI uri) {
        String problem = policy.shapeProblem(uri).orElse(null);
        if (problem != null) {
            return Uni.createFrom().failure(new IllegalArgumentException("the URL " + problem));
        }
        boolean allowListed = policy.allowListed(uri);
        return resolve(host(uri)).map(address -> {
            if (!allowListed && !OutboundAddresses.isPublic(address)) {
                throw new IllegalArgumentException("refused address " + address.getHostAddress());
            }
            return address;
        });
    }

    /** Vert.x's own resolver, which does not block the event loop the caller may be on. */
    private Uni<InetAddress> resolve(String host) {
        return Uni.createFrom().emitter(emitter -> ((VertxInternal) vertx.getDelegate()).resolveAddress(host, result -> {
            if (result.succeeded()) {
                emitter.complete(result.result());
            } else {
                emitter.fail(result.cause());
            }
        }));
    }

    private Uni<OutboundResponse> exchange(OutboundRequest request, InetAddress address, Duration timeout, int maxBytes) {
        URI uri = request.uri();
        int port = OutboundPolicy.port(uri);
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions().setMethod(request.method())
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setHost(host(uri)).setPort(port).setSsl("https".equalsIgnoreCase(uri.getScheme())).setURI(path).setFollowRedirects(false)
                .setConnectTimeout(config.connectTimeout().toMillis()).setIdleTimeout(timeout.toMillis());
        request.headers().forEach(options::putHeader);
        return http.request(options)
                .flatMap(sent -> request.body() == null ? sent.send() : sent.send(request.body()))
                .flatMap(response -> read(response, maxBytes));
    }

    private static Uni<OutboundResponse> read(HttpClientResponse response, int maxBytes) {
        String length = response.getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && Long.parseLong(length) > maxBytes) {
            return abandoned(response.request(), maxBytes);
        }
        return response.toMulti().collect().in(Buffer::buffer, (body, chunk) -> {
                    if (body.length() + chunk.length() > maxBytes) {
                        throw OutboundFailure.oversized(maxBytes);
                    }
                    body.appendBuffer(chunk);
                })
                .onFailure(OutboundFailure.class).call(() -> abandoned(response.request(), maxBytes).onFailure().recoverWithNull())
                .map(body -> new OutboundResponse(response.statusCode(), body.getBytes()));
    }

    /** Stops reading: the rest of an oversized body is never received, and the connection is not reused. */
    private static Uni<OutboundResponse> abandoned(HttpClientRequest request, int maxBytes) {
        request.reset();
        return Uni.createFrom().failure(OutboundFailure.oversized(maxBytes));
    }

    private static String host(URI uri) {
        return uri.getHost().replace("[", "").replace("]", "");
    }
}
