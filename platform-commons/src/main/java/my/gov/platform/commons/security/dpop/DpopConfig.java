package my.gov.platform.commons.security.dpop;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How DPoP proofs are checked, under {@code mygov.security.dpop.*}. */
@ConfigMapping(prefix = "mygov.security.dpop")
public interface DpopConfig {
    /** How far a proof's {@code iat} may be from now. */
    @WithDefault("60s")
    Duration proofWindow();

    UsedProofs usedProofs();

    /** Paths whose own handler checks DPoP (identity's /userinfo), left alone by the edge check. */
    Optional<List<String>> ownPaths();

    interface UsedProofs {
        /** How many recent proofs are remembered to refuse a replay. */
        @WithDefault("100000")
        long maxSize();
    }
}
