package my.gov.platform.identity.passkeys;

import my.gov.platform.identity.support.SoftwareAuthenticator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebAuthnRelyingPartyTest {
    private static final String ORIGIN = "https://id.mygov.example";
    private static final String RP_ID = "id.mygov.example";
    private final WebAuthnRelyingParty relyingParty = new WebAuthnRelyingParty(ORIGIN);
    private final SoftwareAuthenticator key = new SoftwareAuthenticator();

    @Test
    void aRegisteredKeySignsInAndItsCounterMovesOn() {
        byte[] challenge = challenge();
        SoftwareAuthenticator.Created created = key.create(challenge, ORIGIN, RP_ID);
        WebAuthnRelyingParty.Registered registered = relyingParty.verifyRegistration(challenge, created.clientDataJson(),
                created.attestationObject());
        assertThat(SoftwareAuthenticator.b64(registered.credentialId())).isEqualTo(key.credentialIdBase64Url());

        byte[] signInChallenge = challenge();
        SoftwareAuthenticator.Assertion assertion = key.get(signInChallenge, ORIGIN, RP_ID);
        long counter = relyingParty.verifyAssertion(signInChallenge, registered.attestedCredentialData(), registered.signCount(),
                assertion.credentialId(), assertion.clientDataJson(), assertion.authenticatorData(), assertion.signature());
        assertThat(counter).isEqualTo(1);
    }

    @Test
    void registrationForAnotherChallengeOrOriginIsRejected() {
        byte[] challenge = challenge();
        SoftwareAuthenticator.Created elsewhere = key.create(challenge, "https://phishing.example", "phishing.example");
        assertThatThrownBy(() -> relyingParty.verifyRegistration(challenge, elsewhere.clientDataJson(), elsewhere.attestationObject()))
                .isInstanceOf(WebAuthnRejected.class);
        SoftwareAuthenticator.Created created = key.create(challenge, ORIGIN, RP_ID);
        assertThatThrownBy(() -> relyingParty.verifyRegistration(challenge(), created.clientDataJson(), created.attestationObject()))
                .isInstanceOf(WebAuthnRejected.class);
        assertThatThrownBy(() -> relyingParty.verifyRegistration(challenge, "{}".getBytes(StandardCharsets.UTF_8), new byte[]{1, 2}))
                .isInstanceOf(WebAuthnRejected.class);
    }

    @Test
    void assertionsByAnotherKeyForAnotherChallengeOrWithAnOldCounterAreRejected() {
        byte[] challenge = challenge();
        SoftwareAuthenticator.Created created = key.create(challenge, ORIGIN, RP_ID);
        WebAuthnRelyingParty.Registered registered = relyingParty.verifyRegistration(challenge, created.clientDataJson(),
                created.attestationObject());

        byte[] signIn = challenge();
        SoftwareAuthenticator.Assertion byOtherKey = new SoftwareAuthenticator().get(signIn, ORIGIN, RP_ID);
        assertThatThrownBy(() -> relyingParty.verifyAssertion(signIn, registered.attestedCredentialData(), 0,
                registered.credentialId(), byOtherKey.clientDataJson(), byOtherKey.authenticatorData(), byOtherKey.signature()))
                .isInstanceOf(WebAuthnRejected.class);

        SoftwareAuthenticator.Assertion stale = key.get(challenge(), ORIGIN, RP_ID);
        assertThatThrownBy(() -> relyingParty.verifyAssertion(signIn, registered.attestedCredentialData(), 0,
                stale.credentialId(), stale.clientDataJson(), stale.authenticatorData(), stale.signature()))
                .isInstanceOf(WebAuthnRejected.class);

        SoftwareAuthenticator.Assertion good = key.get(signIn, ORIGIN, RP_ID);
        long counter = relyingParty.verifyAssertion(signIn, registered.attestedCredentialData(), 0,
                good.credentialId(), good.clientDataJson(), good.authenticatorData(), good.signature());
        key.rewindCounter();
        byte[] next = challenge();
        SoftwareAuthenticator.Assertion cloned = key.get(next, ORIGIN, RP_ID);
        assertThatThrownBy(() -> relyingParty.verifyAssertion(next, registered.attestedCredentialData(), counter,
                cloned.credentialId(), cloned.clientDataJson(), cloned.authenticatorData(), cloned.signature()))
                .isInstanceOf(WebAuthnRejected.class);
    }

    private static byte[] challenge() {
        byte[] challenge = new byte[32];
        new SecureRandom().nextBytes(challenge);
        return challenge;
    }
}
