package my.gov.platform.identity.devices;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.identity.accounts.Account;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Device registration and sign-in approval by a device-bound ECDSA P-256 key (level of assurance 3). */
@ApplicationScoped
public class DeviceService {
    static final Duration CHALLENGE_VALIDITY = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Outbox outbox;

    DeviceService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Device register(UUID accountId, RegisterDeviceRequest request) {
        ECKey key = publicP256(request.publicKey().toString());
        Device device = new Device();
        device.id = Ids.newId();
        device.accountId = accountId;
        device.name = request.name();
        device.publicJwk = key.toPublicJWK().toJSONString();
        device.createdAt = Instant.now();
        device.persist();
        Account account = Account.findById(accountId);
        outbox.publish("my.gov.mfa.enrolled", accountId, account.agency, Map.of("accountId", accountId, "method", "DEVICE"));
        return device;
    }

    public boolean hasDevice(UUID accountId) {
        return Device.count("accountId = ?1 and revokedAt is null", accountId) > 0;
    }

    @Transactional
    public DeviceChallenge challenge(UUID accountId, UUID requestId) {
        DeviceChallenge challenge = new DeviceChallenge();
        challenge.id = Ids.newId();
        challenge.accountId = accountId;
        challenge.requestId = requestId;
        challenge.challenge = String.format("%08d", RANDOM.nextInt(100_000_000));
        challenge.expiresAt = Instant.now().plus(CHALLENGE_VALIDITY);
        challenge.persist();
        return challenge;
    }

    public Optional<DeviceChallenge> find(UUID challengeId) {
        return Optional.ofNullable(DeviceChallenge.<DeviceChallenge>findById(challengeId));
    }

    /** The app's approval: the signature must come from a live device of the person signing in. */
    @Transactional
    public void approve(UUID challengeId, ApproveChallengeRequest request) {
        DeviceChallenge challenge = DeviceChallenge.findById(challengeId);
        Device device = Device.findById(request.deviceId());
        boolean valid = challenge != null && device != null && device.revokedAt == null
                && device.accountId.equals(challenge.accountId)
                && challenge.approvedAt == null && challenge.expiresAt.isAfter(Instant.now())
                && DeviceSignatures.verify(publicKey(device), challenge.id, challenge.challenge, request.signature());
        if (!valid) {
            throw ProblemException.invalid("signature", "does not approve an open challenge with a registered device");
        }
        challenge.approvedBy = device.id;
        challenge.approvedAt = Instant.now();
    }

    /** Spends an approved challenge of this authorization request; returns the approved account. */
    @Transactional
    public Optional<UUID> consumeApproval(UUID challengeId, UUID requestId) {
        DeviceChallenge challenge = DeviceChallenge.findById(challengeId);
        if (challenge == null || !challenge.requestId.equals(requestId) || challenge.approvedAt == null
                || challenge.usedAt != null || !challenge.expiresAt.isAfter(Instant.now())) {
            return Optional.empty();
        }
        challenge.usedAt = Instant.now();
        return Optional.of(challenge.accountId);
    }

    private static java.security.PublicKey publicKey(Device device) {
        try {
            return ((ECKey) JWK.parse(device.publicJwk)).toECPublicKey();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Stored device key " + device.id + " is unreadable", e);
        }
    }

    private static ECKey publicP256(String json) {
        try {
            if (JWK.parse(json) instanceof ECKey key && Curve.P_256.equals(key.getCurve()) && !key.isPrivate()) {
                return key;
            }
        } catch (ParseException e) {
            throw ProblemException.invalid("publicKey", "is not a JWK");
        }
        throw ProblemException.invalid("publicKey", "must be a public EC P-256 JWK (never send the private key)");
    }
}
