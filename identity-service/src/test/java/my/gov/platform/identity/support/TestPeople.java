package my.gov.platform.identity.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountKind;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.accounts.AccountStatus;
import my.gov.platform.identity.accounts.PasswordWork;
import my.gov.platform.identity.accounts.RegisterAccountRequest;
import my.gov.platform.identity.clients.ClientRegistry;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.oauth.AccessTokens;
import my.gov.platform.identity.oauth.AuthenticationInfo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Active people with roles, and access tokens for them signed by the provider itself. */
public final class TestPeople {
    private TestPeople() {
    }

    public static Account activeCivilServant(AccountService accounts, String agency, String... roles) {
        String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@" + agency.toLowerCase() + ".gov.my";
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = accounts.create(new RegisterAccountRequest(AccountKind.CIVIL_SERVANT, "Staff " + agency, email, null,
                    "unused-password-hash", null, null, null, null, agency), email, email, "$argon2id$unused", List.of(roles));
            account.status = AccountStatus.ACTIVE;
            account.emailVerified = true;
            return account;
        });
    }

    /** A valid MyKad number (born 1960-99, place code 14), unlikely to be taken by another test. */
    public static String uniqueMyKad() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return String.format("%02d%02d%02d14%04d", random.nextInt(60, 100), random.nextInt(1, 13), random.nextInt(1, 29),
                random.nextInt(10_000));
    }

    /** An active citizen who signs in with a fresh MyKad number and the given password. */
    public static Account activeCitizen(AccountService accounts, String password) {
        String mykad = uniqueMyKad();
        String email = "rakyat-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = accounts.create(new RegisterAccountRequest(AccountKind.CITIZEN, "Rakyat Ujian", email, "+60123456789",
                    password, mykad, null, null, null, null), mykad, email, Arc.container().instance(PasswordWork.class).get().hash(password), List.of("citizen"));
            account.status = AccountStatus.ACTIVE;
            account.emailVerified = true;
            return account;
        });
    }

    /** A token as after signing in with a password and an authenticator app (level of assurance 2). */
    public static String tokenFor(Account person, AccessTokens tokens, ClientRegistry registry) {
        return tokenFor(person, tokens, registry, new AuthenticationInfo(Instant.now(), "urn:mygov:loa:2", List.of("pwd", "otp")));
    }

    public static String tokenFor(Account person, AccessTokens tokens, ClientRegistry registry, AuthenticationInfo authentication) {
        String clientId = OAuthTestClients.uniqueId("portal");
        OAuthClient portal = OAuthTestClients.secretClient(registry, clientId, null, "openid");
        return tokens.forPerson(portal, person, List.of("openid"), null, authentication, null).value();
    }
}
