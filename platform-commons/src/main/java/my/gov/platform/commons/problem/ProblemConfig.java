package my.gov.platform.commons.problem;

import io.smallrye.config.ConfigMapping;

/** What problem bodies are built from, under {@code mygov.*}. */
@ConfigMapping(prefix = "mygov")
public interface ProblemConfig {
    /** The service's public address, which every problem type URI starts with. */
    String publicBaseUrl();
}
