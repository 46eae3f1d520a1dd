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
 * The form-post counterpart of {@link RequestLineGuard}: a form field holding NUL is refused before
 * the page's handler can store it. Runs once the REST layer has read and decoded the form.
 */
public class FormGuard {
    private static final String MESSAGE = "contains a NUL character";

    @ServerRequestFilter(readBody = true)
    public void refuseNul(ResteasyReactiveContainerRequestContext context) {
        FormData form = ((ResteasyReactiveRequestContext) context.getServerRequestContext()).getFormData();
        if (form == null) {
            return;
        }
        for (String field : form) {
            for (FormValue value : form.get(field)) {
                if (!value.isFileItem() && value.getValue() != null && value.getValue().indexOf('\0') >= 0) {
                    throw new ProblemException(CommonProblem.MALFORMED_REQUEST, field + " " + MESSAGE,
                            List.of(new Violation(field, MESSAGE)));
                }
            }
        }
    }
}
