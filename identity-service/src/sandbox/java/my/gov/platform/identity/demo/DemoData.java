package my.gov.platform.identity.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountKind;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.accounts.AccountStatus;
import my.gov.platform.identity.accounts.PasswordWork;
import my.gov.platform.identity.accounts.RegisterAccountRequest;
import my.gov.platform.identity.civilservants.CivilServants;
import my.gov.platform.identity.clients.ClientAuthMethod;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.clients.RegisterClientRequest;
import my.gov.platform.identity.mfa.MfaService;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Demo clients and people for the local run ({@code mygov.demo-data=true}), inserted if absent. Secrets are
 * {@code <client_id>-secret}; {@code demo-agency-jwt} uses the published demo key in demo-keys/.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String REDIRECT_URI = "http://localhost:8090/callback";
    /** The citizen pages of data-exchange-service sign people in through this client (quarkus-oidc, code flow). */
    static final String EXCHANGE_PORTAL = "data-exchange-portal";
    /**
     * data-exchange-service calls agency registries with tokens limited to one registry ({@code resource=urn:mygov:agency:JPN}),
     * so a registry cannot replay the broker's token at another registry or at the platform's APIs.
     */
    static final String EXCHANGE_BROKER = "data-exchange-broker";
    static final String AGENCY_REGISTRIES = "urn:mygov:agency:*";
    static final List<String> JPJ_SCOPES = List.of("payments.read", "payments.write", "exchange.query", "catalogue.write");
    private static final List<GrantType> GRANTS = List.of(GrantType.CLIENT_CREDENTIALS, GrantType.AUTHORIZATION_CODE,
            GrantType.REFRESH_TOKEN);

    /**
     * The second demo citizen's authenticator app secret (Base32), published so that the browser tests can compute its
     * codes and sign that citizen in at urn:mygov:loa:2, which granting a consent needs. A person with a second factor
     * is always asked for it, so the first demo citizen keeps none and signs in at level 1 with a password.
     */
    static final String CITIZEN_WITH_APP_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    static final String CITIZEN_WITH_APP_LOGIN_ID = "920315105678";

    private final boolean enabled;
    private final ClientRegistry clients;
    private final AccountService accounts;
    private final CivilServants civilServants;
    private final MfaService mfa;
    private final ObjectMapper json;
    private final PasswordWork passwords;

    DemoData(DemoConfig config, ClientRegistry clients,
             AccountService accounts, CivilServants civilServants, MfaService mfa, ObjectMapper json, PasswordWork passwords) {
        this.enabled = config.demoData();
        this.passwords = passwords;
        this.clients = clients;
        this.accounts = accounts;
        this.civilServants = civilServants;
        this.mfa = mfa;
        this.json = json;
    }

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        QuarkusTransaction.requiringNew().run(this::load);
        LOG.info("Demo data loaded (mygov.demo-data=true): never enable this in production");
    }

    void load() {
        secretClient("demo-agency", "Demo agency system (JPJ)", "JPJ", JPJ_SCOPES);
        secretClient("demo-registry-agency", "Demo registry agency (JPN)", "JPN",
                List.of("exchange.provide", "exchange.query", "catalogue.write"));
        secretClient("demo-certifier", "Demo trustmark certifier (CSM)", "CSM", List.of("trustmarks.certify"));
        secretClient("demo-identity-admin", "Demo identity administrator", null, List.of("identity.admin"));
        if (OAuthClient.byClientId("demo-agency-jwt").isEmpty()) {
            clients.register(new RegisterClientRequest("demo-agency-jwt", "Demo agency system with private_key_jwt (JPJ)",
                    "JPJ", ClientAuthMethod.PRIVATE_KEY_JWT, GRANTS, JPJ_SCOPES, List.of(REDIRECT_URI),
                    demoPublicKeys(), null), null);
        }
        if (OAuthClient.byClientId(EXCHANGE_PORTAL).isEmpty()) {
            clients.register(new RegisterClientRequest(EXCHANGE_PORTAL, "MyGDX: data saya (data-exchange-service)", null,
                    ClientAuthMethod.CLIENT_SECRET_BASIC, List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
                    List.of("mykad"), List.of("http://localhost:8083/my-data"), null, null), EXCHANGE_PORTAL + "-secret");
        }
        if (OAuthClient.byClientId(EXCHANGE_BROKER).isEmpty()) {
            clients.register(new RegisterClientRequest(EXCHANGE_BROKER, "MyGDX broker (data-exchange-service)", null,
                    ClientAuthMethod.CLIENT_SECRET_BASIC, List.of(GrantType.CLIENT_CREDENTIALS), List.of("registry.read"),
                    List.of(), null, null, null, null, null, List.of(AGENCY_REGISTRIES)), EXCHANGE_BROKER + "-secret");
        }
        person(AccountKind.CITIZEN, "850101145011", "Demo Rakyat", "rakyat@demo.mygov.my", "850101-14-5011", null,
                "Demo-Rakyat-2026!", List.of("citizen"));
        person(AccountKind.CITIZEN, CITIZEN_WITH_APP_LOGIN_ID, "Demo Rakyat Dua", "rakyat2@demo.mygov.my", "920315-10-5678",
                null, "Demo-Rakyat-2026!", List.of("citizen"));
        Account.byLoginId(CITIZEN_WITH_APP_LOGIN_ID).ifPresent(citizen -> mfa.enrolKnownTotp(citizen.id, CITIZEN_WITH_APP_TOTP_SECRET));
        person(AccountKind.CIVIL_SERVANT, "pegawai@demo.gov.my", "Demo Pegawai JPJ", "pegawai@demo.gov.my", null, "JPJ",
                "Demo-Pegawai-2026!", List.of("agency-admin"));
        person(AccountKind.CIVIL_SERVANT, "admin@digital.gov.my", "Demo Platform Admin", "admin@digital.gov.my", null, "JDN",
                "Demo-Admin-2026!", List.of("platform-admin"));
    }

    /** A verified, active person (no MFA enrolled unless added after, so level of assurance 1); civil servants come approved by their agency. */
    private void person(AccountKind kind, String loginId, String name, String email, String mykad, String agency,
                        String password, List<String> roles) {
        if (Account.byLoginId(loginId).isPresent()) {
            return;
        }
        Account account = accounts.create(new RegisterAccountRequest(kind, name, email, null, password, mykad, null, null,
                null, agency), loginId, email, passwords.hash(password), roles);
        account.status = AccountStatus.ACTIVE;
        account.emailVerified = true;
        if (kind == AccountKind.CIVIL_SERVANT) {
            civilServants.recordApproved(account, "demo-data");
        }
    }

    private void secretClient(String clientId, String name, String agency, List<String> scopes) {
        if (OAuthClient.byClientId(clientId).isEmpty()) {
            clients.register(new RegisterClientRequest(clientId, name, agency, ClientAuthMethod.CLIENT_SECRET_BASIC, GRANTS,
                    scopes, List.of(REDIRECT_URI), null, null), clientId + "-secret");
        }
    }

    private JsonNode demoPublicKeys() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo-agency-jwt.public.jwks.json")) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
