package my.gov.platform.identity.clients;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An entry of a client's {@code resources}: an absolute URI without a fragment, or such a prefix followed by one {@code *}. */
@Documented
@Constraint(validatedBy = AllowedResource.Validator.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedResource {
    String message() default "must be an absolute URI without a fragment, or such a URI prefix followed by a single *";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AllowedResource, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // Null and blank entries are @NotBlank's to report.
            if (value == null || value.isBlank()) {
                return true;
            }
            return ResourceIndicators.problemWithAllowed(value).map(problem -> {
                // A message parameter is not interpolated again, so braces or $ in the entry stay plain text.
                context.disableDefaultConstraintViolation();
                context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("problem", problem)
                        .buildConstraintViolationWithTemplate("{problem}").addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
