package my.gov.platform.identity.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.util.UUID;

/** The algorithms the provider signs with; each has its own key pair and rotation. */
public enum SigningAlgorithm {
    RS256(JWSAlgorithm.RS256), ES256(JWSAlgorithm.ES256);

    private final JWSAlgorithm jws;

    SigningAlgorithm(JWSAlgorithm jws) {
        this.jws = jws;
    }

    public JWSAlgorithm jws() {
        return jws;
    }

    public JWK generate() {
        String kid = name().toLowerCase() + "-" + UUID.randomUUID();
        try {
            return switch (this) {
                case RS256 -> new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(jws).generate();
                case ES256 -> new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(jws).generate();
            };
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a " + name() + " key", e);
        }
    }
}
