package my.gov.platform.identity.mfa;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.support.IssuerPortResource;
import my.gov.platform.identity.support.TestPeople;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Authenticator secrets are stored sealed, each bound to its account. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IssuerPortResource.class, scope = TestResourceScope.GLOBAL)
class TotpSecretsTest {
    private static final String PASSWORD = "Teh-Tarik-Kurang-Manis-2026";

    @Inject
    AccountService accounts;
    @Inject
    MfaService mfa;
    @Inject
    TotpSecrets secrets;
    @Inject
    EntityManager entities;

    @Test
    void theDatabaseHoldsNoAuthenticatorSecretYetCodesFromTheAppAreAccepted() {
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        String secret = mfa.startTotp(citizen.id, "MyGov ID").secret();
        mfa.confirmTotp(citizen.id, currentCode(secret));

        String stored = storedSecret(citizen.id);
        assertThat(stored).startsWith("v2:").doesNotContain(secret);
        assertThat(mfa.verifySecondFactor(citizen.id, Totp.code(secret, Totp.step(Instant.now()) + 1))).contains("otp");
    }

    @Test
    void aSecretCopiedFromAnotherAccountMatchesNoCode() {
        Account attacker = TestPeople.activeCitizen(accounts, PASSWORD);
        String attackersSecret = mfa.startTotp(attacker.id, "MyGov ID").secret();
        mfa.confirmTotp(attacker.id, currentCode(attackersSecret));
        Account victim = TestPeople.activeCitizen(accounts, PASSWORD);
        String victimsSecret = mfa.startTotp(victim.id, "MyGov ID").secret();
        mfa.confirmTotp(victim.id, currentCode(victimsSecret));

        setStoredSecret(victim.id, storedSecret(attacker.id));

        assertThat(mfa.verifySecondFactor(victim.id, Totp.code(attackersSecret, Totp.step(Instant.now()) + 1))).isEmpty();
    }

    @Test
    void aSecretStoredBeforeSealingIsSealedAtStartAndStillWorks() {
        Account citizen = TestPeople.activeCitizen(accounts, PASSWORD);
        String secret = mfa.startTotp(citizen.id, "MyGov ID").secret();
        mfa.confirmTotp(citizen.id, currentCode(secret));
        setStoredSecret(citizen.id, secret);

        secrets.sealUnderCurrentKey(null);

        assertThat(storedSecret(citizen.id)).startsWith("v2:").doesNotContain(secret);
        assertThat(mfa.verifySecondFactor(citizen.id, Totp.code(secret, Totp.step(Instant.now()) + 1))).contains("otp");
    }

    private static String currentCode(String secret) {
        return Totp.code(secret, Totp.step(Instant.now()));
    }

    private String storedSecret(UUID accountId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entities
                .createNativeQuery("SELECT secret FROM totp_credential WHERE account_id = ?1").setParameter(1, accountId)
                .getSingleResult());
    }

    private void setStoredSecret(UUID accountId, String value) {
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("UPDATE totp_credential SET secret = ?1 WHERE account_id = ?2")
                .setParameter(1, value).setParameter(2, accountId).executeUpdate());
    }
}
