package my.gov.platform.commons.web;

import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.problem.Violation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.List;

/**
 * The form-post counterpart of {@link RequestLineGuard}: a form field holding NUL, or bytes that are not
 * UTF-8, is refused before the page's handler can store it. Runs once the REST layer has read and decoded
 * the form; the decoder leaves U+FFFD where bytes were not UTF-8 (broken, overlong or surrogate sequences),
 * so that character is refused too, though a person could in principle type it.
 */
public class FormGuard {
    private static final String NUL = "contains a NUL character";
    private static final String NOT_UTF8 = "is not valid UTF-8";

    @ServerRequestFilter(readBody = true)
    public void refuseNulAndBrokenText(ResteasyReactiveContainerRequestContext context) {
        FormData form = ((ResteasyReactiveRequestContext) context.getServerRequestContext()).getFormData();
        if (form == null) {
            return;
        }
        for (String field : form) {
            for (FormValue value : form.get(field)) {
                String text = value.isFileItem() ? null : value.getValue();
                if (text != null && text.indexOf('\0') >= 0) {
                    throw refusal(field, NUL);
                }
                if (text != null && text.indexOf('\uFFFD') >= 0) {
                    throw refusal(field, NOT_UTF8);
                }
            }
        }
    }

    private static ProblemException refusal(String field, String message) {
        return new ProblemException(CommonProblem.MALFORMED_REQUEST, field + " " + message, List.of(new Violation(field, message)));
    }
}
