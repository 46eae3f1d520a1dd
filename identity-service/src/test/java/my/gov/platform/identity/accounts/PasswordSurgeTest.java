package my.gov.platform.identity.accounts;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.identity.authorize.BrowserBinding;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.support.Browser;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.OAuthTestClients;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 sign-ups and 64 password sign-ins at the same instant against two Argon2id permits (the test
 * configuration): every answer is a success or a refusal that says when to come back, and the
 * service answers promptly afterwards.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class PasswordSurgeTest {
    private static final int SURGE = 64;
    private static final String PASSWORD = "Teh-Tarik-Kurang-Manis-2026";
    private static final String REDIRECT = "https://rp.example.gov.my/callback";

    @Inject
    ClientRegistry registry;
    @Inject
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aSurgeOfSignUpsAndSignInsIsAnsweredOrToldWhenToRetryAndNothingElse() throws Exception {
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        String clientId = registerClient();
        List<HttpRequest> signUps = new ArrayList<>();
        List<HttpRequest> signIns = new ArrayList<>();
        for (int i = 0; i < SURGE; i++) {
            signUps.add(signUp());
            signIns.add(signIn(clientId, citizen.loginId));
        }

        List<HttpResponse<String>> signUpAnswers;
        List<HttpResponse<String>> signInAnswers;
        ExecutorService senders = Executors.newFixedThreadPool(2 * SURGE);
        try {
            List<CompletableFuture<HttpResponse<String>>> upFutures = sendAll(signUps, senders);
            List<CompletableFuture<HttpResponse<String>>> inFutures = sendAll(signIns, senders);
            signUpAnswers = upFutures.stream().map(CompletableFuture::join).toList();
            signInAnswers = inFutures.stream().map(CompletableFuture::join).toList();
        } finally {
            senders.shutdownNow();
        }

        // Which admitted requests finish and which time out at the gate depends on the machine's load;
        // that 62 sign-ups queue and the first sign-ins get through does not.
        assertThat(statuses(signUpAnswers)).as("sign-ups").containsKey(429)
                .allSatisfy((status, count) -> assertThat(status).isIn(202, 429, 503));
        assertThat(statuses(signInAnswers)).as("sign-ins").containsKey(303)
                .allSatisfy((status, count) -> assertThat(status).isIn(303, 503));
        for (HttpResponse<String> refused : refusals(signUpAnswers)) {
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).containsAnyOf("/problems/sign-up-queued", "/problems/password-work-busy");
        }
        for (HttpResponse<String> refused : refusals(signInAnswers)) {
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(refused.body()).contains("name=\"password\"");
        }

        assertAnswersWithinTwoSeconds(HttpRequest.newBuilder(url("/q/health/ready")).build(), 200);
        assertAnswersWithinTwoSeconds(HttpRequest.newBuilder(url("/.well-known/openid-configuration")).build(), 200);
        assertThat(assertAnswersWithinTwoSeconds(HttpRequest.newBuilder(url("/q/metrics")).build(), 200).body())
                .containsPattern("(?m)^mygov_identity_password_work_permits(\\{[^}]*})? 2\\.0$")
                .contains("mygov_identity_signup_queue_waiting");
        assertAnswersWithinTwoSeconds(signIn(clientId, citizen.loginId), 303);
        HttpResponse<String> latecomer = assertAnswersWithinTwoSeconds(signUp(), 429);
        assertThat(Integer.parseInt(member(latecomer, "position"))).as("queued behind the surge").isPositive();

        // Every queued sign-up that keeps polling with its ticket, as the page does, gets in; a ticket
        // left unpolled for 30 s (a slow run) is replaced by a new one, as for a closed browser.
        List<HttpResponse<String>> waiting = new ArrayList<>(queued(signUpAnswers));
        waiting.add(latecomer);
        for (int round = 0; round < 5 && !waiting.isEmpty(); round++) {
            List<HttpResponse<String>> stillWaiting = new ArrayList<>();
            for (HttpResponse<String> ticketHolder : waiting) {
                HttpResponse<String> again = http.send(HttpRequest.newBuilder(ticketHolder.request(), (name, value) -> true)
                        .setHeader("X-Queue-Ticket", member(ticketHolder, "ticket")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(again.statusCode()).isIn(202, 429);
                if (again.statusCode() == 429) {
                    stillWaiting.add(again);
                }
            }
            waiting = stillWaiting;
        }
        assertThat(waiting).as("sign-ups still queued after five polls").isEmpty();
    }

    private HttpResponse<String> assertAnswersWithinTwoSeconds(HttpRequest request, int expectedStatus) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(request.uri().getPath()).isEqualTo(expectedStatus);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(request.uri().getPath()).isLessThan(Duration.ofSeconds(2));
        return answer;
    }

    /** The sign-ups that got a ticket, first in the queue first. */
    private static List<HttpResponse<String>> queued(List<HttpResponse<String>> signUpAnswers) {
        return signUpAnswers.stream().filter(answer -> answer.statusCode() == 429)
                .sorted(Comparator.comparingInt(answer -> Integer.parseInt(member(answer, "position")))).toList();
    }

    private static String member(HttpResponse<String> answer, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(answer.body());
        assertThat(matcher.find()).as(name + " in " + answer.body()).isTrue();
        return matcher.group(1);
    }

    private List<CompletableFuture<HttpResponse<String>>> sendAll(List<HttpRequest> requests, ExecutorService senders) {
        return requests.stream().map(request -> CompletableFuture.supplyAsync(() -> {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        }, senders)).toList();
    }

    private static Map<Integer, Long> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    }

    private static List<HttpResponse<String>> refusals(List<HttpResponse<String>> answers) {
        return answers.stream().filter(answer -> answer.statusCode() == 429 || answer.statusCode() == 503).toList();
    }

    private String registerClient() {
        String clientId = OAuthTestClients.uniqueId("surge");
        registry.register(new RegisterClientRequest(clientId, "Portal Ujian", null, ClientAuthMethod.CLIENT_SECRET_BASIC,
                List.of(GrantType.AUTHORIZATION_CODE), List.of("profile"), List.of(REDIRECT), null, null), clientId + "-secret");
        return clientId;
    }

    private HttpRequest signUp() {
        String body = """
                {"kind": "CITIZEN", "fullName": "Siti Aminah", "email": "surge-%s@example.com", "password": "%s", "mykadNumber": "%s"}"""
                .formatted(UUID.randomUUID(), PASSWORD, TestPeople.uniqueMyKad());
        return HttpRequest.newBuilder(url("/v1/accounts")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A sign-in form ready to post: its authorization request opened, its hidden fields read. */
    private HttpRequest signIn(String clientId, String loginId) {
        Browser browser = new Browser();
        String body = browser.signInFormBody(clientId, REDIRECT, loginId, PASSWORD);
        return HttpRequest.newBuilder(url("/signin")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", BrowserBinding.COOKIE + "=" + browser.bindingCookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static URI url(String path) {
        return URI.create(IssuerPortResource.issuer() + path);
    }
}
