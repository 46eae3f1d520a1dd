package my.gov.platform.identity.accounts;

import io.restassured.RestAssured;
import my.gov.platform.identity.authorize.BrowserBinding;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.testing.InfraProcess;
import my.gov.platform.testing.PackagedService;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of surge admission: the packaged service, with the heap the {@code mygov}
 * launcher gives it and exiting at its first OutOfMemoryError, meets 64 sign-ups and 64 sign-ins
 * at once. Every answer is a success or says when to come back, the process survives, the other
 * endpoints stay prompt, and the queued sign-ups are served first come, first served, also by the
 * service started again (the queue lives in PostgreSQL).
 */
class SignUpSurgeIT {
    /** What {@code mygov}'s jvm_flags_for gives identity-service (the Java 21+ flags aside: this runs on the test JDK). */
    private static final List<String> PRODUCTION_FLAGS = List.of("-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
            "-Xmx96m", "-XX:ReservedCodeCacheSize=48m");
    private static final int SURGE = 64;
    private static final int ASKING_AT_EACH_END = 4;
    private static final String PASSWORD = "Teh-Tarik-Kurang-Manis-2026";
    private static final String DEMO_CITIZEN = "850101145011";
    private static final String DEMO_PASSWORD = "Demo-Rakyat-2026!";
    private static final String DEMO_REDIRECT = "http://localhost:8090/callback";

    private static PlatformTestResource infrastructure;
    private static Map<String, String> environment;
    private static Path log;
    private static PackagedService.Running service;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheService() throws Exception {
        infrastructure = new PlatformTestResource();
        Map<String, String> infra = infrastructure.start();
        int port = InfraProcess.freePort();
        environment = new HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "MYGOV_ISSUER", "http://localhost:" + port,
                "QUARKUS_PROFILE", "local",
                "QUARKUS_DATASOURCE_JDBC_URL", infra.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", infra.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", infra.get("quarkus.datasource.password"),
                "MYGOV_KAFKA_BOOTSTRAP", infra.get("kafka.bootstrap.servers"),
                "MYGOV_DEMO_DATA", "true",
                "MYGOV_IDENTITY_SECRETS_KEY_FILE", Path.of("target", "surge-it-secrets-key").toAbsolutePath().toString(),
                // the restart below must not outlast a ticket's patience
                "MYGOV_IDENTITY_SIGNUP_ABANDON_AFTER", "PT2M"));
        log = Files.createTempFile(Path.of("target").toAbsolutePath(), "signup-surge-it", ".log");
        start();
    }

    @AfterAll
    static void stopTheService() throws Exception {
        if (service != null) {
            service.stop();
        }
        infrastructure.stop();
    }

    @Test
    void aSurgeIsAnsweredOrToldWhenToRetryAndTheQueueServesFirstComeFirstServedAcrossARestart() throws Exception {
        List<HttpRequest> signUps = new ArrayList<>();
        List<HttpRequest> signIns = new ArrayList<>();
        for (int i = 0; i < SURGE; i++) {
            signUps.add(signUp());
            signIns.add(signIn());
        }
        List<HttpResponse<String>> signUpAnswers = new ArrayList<>();
        List<HttpResponse<String>> signInAnswers = new ArrayList<>();
        sendAtOnce(signUps, signIns, signUpAnswers, signInAnswers);

        assertThat(statuses(signUpAnswers)).as("sign-ups").allSatisfy((status, count) -> assertThat(status).isIn(202, 429, 503));
        assertThat(statuses(signInAnswers)).as("sign-ins").allSatisfy((status, count) -> assertThat(status).isIn(303, 429, 503));
        for (HttpResponse<String> refused : refusals(signUpAnswers, signInAnswers)) {
            assertThat(refused.headers().firstValue("Retry-After")).as(refused.body()).isPresent();
        }
        assertThat(service.alive()).as("the process after the surge").isTrue();
        assertThat(service.output()).doesNotContain("OutOfMemoryError");
        everyEndpointAnswersWithinTwoSeconds();

        List<TicketHolder> queued = signUpAnswers.stream().filter(answer -> answer.statusCode() == 429)
                .map(answer -> new TicketHolder(answer.request(), member(answer, "ticket"), Long.parseLong(member(answer, "number"))))
                .sorted(Comparator.comparingLong(TicketHolder::number)).toList();
        assertThat(queued).as("sign-ups queued by the surge").isNotEmpty();

        // The queue is in PostgreSQL: the service started again serves the tickets it handed out.
        service.stop();
        start();
        servedInOrder(queued);
        assertThat(service.output()).doesNotContain("OutOfMemoryError");
    }

    /**
     * Round after round, the first holders of a ticket and the last ones (who would gain most by
     * jumping the queue) ask again at once, as their pages do; after each round no ticket has been
     * served while one with a smaller number is still waiting.
     */
    private void servedInOrder(List<TicketHolder> queued) {
        List<TicketHolder> waiting = new ArrayList<>(queued);
        long lastServed = 0;
        for (int round = 0; round < 3 * SURGE && !waiting.isEmpty(); round++) {
            List<TicketHolder> asking = waiting.size() <= 2 * ASKING_AT_EACH_END ? List.copyOf(waiting)
                    : Stream.concat(waiting.subList(0, ASKING_AT_EACH_END).stream(),
                    waiting.subList(waiting.size() - ASKING_AT_EACH_END, waiting.size()).stream()).toList();
            List<HttpResponse<String>> answers = new ArrayList<>();
            sendAtOnce(asking.stream().map(holder -> HttpRequest.newBuilder(holder.request(), (name, value) -> true)
                    .setHeader("X-Queue-Ticket", holder.ticket()).build()).toList(), List.of(), answers, new ArrayList<>());
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).statusCode()).as(answers.get(i).body()).isIn(202, 429);
                if (answers.get(i).statusCode() == 202) {
                    lastServed = Math.max(lastServed, asking.get(i).number());
                    waiting.remove(asking.get(i));
                }
            }
            long firstWaiting = waiting.isEmpty() ? Long.MAX_VALUE : waiting.get(0).number();
            assertThat(lastServed).as("served while one ahead still waits (round %d)", round).isLessThan(firstWaiting);
        }
        assertThat(waiting).as("sign-ups still queued").isEmpty();
    }

    private void everyEndpointAnswersWithinTwoSeconds() throws Exception {
        String demoAgency = Base64.getEncoder().encodeToString("demo-agency:demo-agency-secret".getBytes(StandardCharsets.UTF_8));
        List<HttpRequest> endpoints = List.of(
                HttpRequest.newBuilder(url("/.well-known/openid-configuration")).build(),
                HttpRequest.newBuilder(url("/jwks")).build(),
                HttpRequest.newBuilder(url("/oauth2/token")).header("Authorization", "Basic " + demoAgency)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpRequest.newBuilder(url("/account")).build(),
                HttpRequest.newBuilder(url("/q/health/ready")).build());
        for (HttpRequest endpoint : endpoints) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(endpoint, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(endpoint.uri().getPath()).isIn(200, 303);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(endpoint.uri().getPath()).isLessThan(Duration.ofSeconds(2));
        }
    }

    private static void start() throws Exception {
        service = PackagedService.run(PRODUCTION_FLAGS, environment, log, Duration.ofSeconds(90));
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = URI.create(service.baseUrl()).getPort();
    }

    private void sendAtOnce(List<HttpRequest> first, List<HttpRequest> second,
                            List<HttpResponse<String>> firstAnswers, List<HttpResponse<String>> secondAnswers) {
        ExecutorService senders = Executors.newFixedThreadPool(first.size() + second.size());
        try {
            List<CompletableFuture<HttpResponse<String>>> a = first.stream().map(request -> send(request, senders)).toList();
            List<CompletableFuture<HttpResponse<String>>> b = second.stream().map(request -> send(request, senders)).toList();
            a.forEach(future -> firstAnswers.add(future.join()));
            b.forEach(future -> secondAnswers.add(future.join()));
        } finally {
            senders.shutdownNow();
        }
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest request, ExecutorService senders) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        }, senders);
    }

    private HttpRequest signUp() {
        String mykad = String.format("%02d%02d%02d10%04d", ThreadLocalRandom.current().nextInt(70, 100),
                ThreadLocalRandom.current().nextInt(1, 13), ThreadLocalRandom.current().nextInt(1, 29),
                ThreadLocalRandom.current().nextInt(10000));
        String body = """
                {"kind": "CITIZEN", "fullName": "Siti Aminah", "email": "surge-%s@example.com", "password": "%s", "mykadNumber": "%s"}"""
                .formatted(UUID.randomUUID(), PASSWORD, mykad);
        return HttpRequest.newBuilder(url("/v1/accounts")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The demo citizen's sign-in form, its authorization request opened by the demo agency's portal. */
    private HttpRequest signIn() {
        Browser browser = new Browser();
        String body = browser.signInFormBody("demo-agency", DEMO_REDIRECT, DEMO_CITIZEN, DEMO_PASSWORD);
        return HttpRequest.newBuilder(url("/signin")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", BrowserBinding.COOKIE + "=" + browser.bindingCookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A queued sign-up: the request its page sends again, its ticket, and the ticket's number (the order it was queued in). */
    private record TicketHolder(HttpRequest request, String ticket, long number) {
    }

    private static URI url(String path) {
        return URI.create(service.baseUrl() + path);
    }

    private static String member(HttpResponse<String> answer, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(answer.body());
        assertThat(matcher.find()).as(name + " in " + answer.body()).isTrue();
        return matcher.group(1);
    }

    private static Map<Integer, Long> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    }

    @SafeVarargs
    private static List<HttpResponse<String>> refusals(List<HttpResponse<String>>... answers) {
        return Arrays.stream(answers).flatMap(List::stream)
                .filter(answer -> answer.statusCode() == 429 || answer.statusCode() == 503).toList();
    }
}
