package my.gov.platform.commons.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a resource or one of its operations in an {@link OperationClass} other than the one its HTTP method
 * implies (GET and HEAD are {@link OperationClass#API_READ}, the rest {@link OperationClass#API_WRITE}).
 * Read by {@link RateLimitFilter}, the one place requests are classified and counted.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {
    OperationClass value();
}
