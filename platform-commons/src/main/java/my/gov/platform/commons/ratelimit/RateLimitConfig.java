package my.gov.platform.commons.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

import java.time.Duration;

/** The limits of each {@link OperationClass}, under {@code mygov.rate-limit.*}. */
@ConfigMapping(prefix = "mygov.rate-limit")
public interface RateLimitConfig {
    Limit token();

    @WithName("sign-in")
    Limit signIn();

    @WithName("api-read")
    Limit apiRead();

    @WithName("api-write")
    Limit apiWrite();

    @WithName("public-page")
    Limit publicPage();

    /** {@code capacity} requests per {@code period}, refilled evenly over the period. */
    interface Limit {
        long capacity();

        Duration period();
    }

    default RateLimitPolicy policy(OperationClass operationClass) {
        Limit limit = switch (operationClass) {
            case TOKEN -> token();
            case SIGN_IN -> signIn();
            case API_READ -> apiRead();
            case API_WRITE -> apiWrite();
            case PUBLIC_PAGE -> publicPage();
        };
        return new RateLimitPolicy(operationClass.configName(), limit.capacity(), limit.period());
    }
}
