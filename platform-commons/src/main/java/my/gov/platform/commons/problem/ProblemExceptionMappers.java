package my.gov.platform.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where failures become RFC 9457 responses, so every service answers alike and no
 * stack trace ever reaches a caller.
 */
public class ProblemExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer";

    private final ProblemResponses responses;

    ProblemExceptionMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem, HttpServerRequest request) {
        return responses.of(problem, request.path());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException failure, HttpServerRequest request) {
        List<Violation> violations = failure.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return responses.of(CommonProblem.VALIDATION, detail, request.path(), violations, Map.of());
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException failure, HttpServerRequest request) {
        String field = jsonPath(failure);
        return responses.of(CommonProblem.MALFORMED_REQUEST, "Unknown field '" + field + "'", request.path(),
                List.of(new Violation(field, "is not a field of this request")), Map.of());
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException failure, HttpServerRequest request) {
        String field = jsonPath(failure);
        return responses.of(CommonProblem.MALFORMED_REQUEST, "Field '" + field + "' has a value of the wrong type or format",
                request.path(), List.of(new Violation(field, "has a value of the wrong type or format")), Map.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException failure, HttpServerRequest request) {
        return malformed(failure, request);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException failure, HttpServerRequest request) {
        // Jackson wraps what the parser refuses inside a nested object (a key given twice) with the outer path only.
        JsonProcessingException cause = failure.getCause() instanceof JsonProcessingException parse ? parse : failure;
        String field = cause instanceof JsonMappingException mapping ? jsonPath(mapping) : JsonFailures.fieldBeingRead(cause);
        if (field.isEmpty()) {
            return responses.of(CommonProblem.MALFORMED_REQUEST, "The body is not valid JSON for this operation", request.path());
        }
        String message = JsonFailures.isDuplicateField(cause) ? "is given more than once" : "could not be read";
        return responses.of(CommonProblem.MALFORMED_REQUEST, "Field '" + field + "' " + message, request.path(),
                List.of(new Violation(field, message)), Map.of());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException failure, HttpServerRequest request) {
        // An augmentor that refuses an otherwise valid token says why, with its own challenge (e.g. security.GuardProblem).
        if (failure.getAttribute(ProblemException.class.getName()) instanceof ProblemException refusal) {
            return problem(refusal, request);
        }
        return unauthenticated(request, "The bearer token is missing, expired or not issued by a trusted issuer");
    }

    /**
     * A browser page behind a code-flow tenant gets that tenant's challenge (the redirect to sign in);
     * everything else, an API call without a token, gets the 401 problem.
     */
    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException failure, RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        Response problem = unauthenticated(context.request(), "This operation needs a bearer access token");
        if (authenticator == null || context.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return Uni.createFrom().item(problem);
        }
        return authenticator.getChallenge(context).map(challenge -> {
            if (challenge == null || challenge.status != 302) {
                return problem;
            }
            Response.ResponseBuilder redirect = Response.status(302);
            challenge.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
            return redirect.build();
        });
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure, HttpServerRequest request) {
        return responses.of(CommonProblem.FORBIDDEN, "The token lacks the scope or role this operation needs", request.path());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException failure, HttpServerRequest request) {
        return responses.of(CommonProblem.CONFLICT, "The resource was changed by another request; read it again and retry",
                request.path());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException failure, HttpServerRequest request) {
        if (failure.getCause() instanceof JsonProcessingException unreadableJson) {
            // quarkus-rest-jackson wraps what the parser itself refuses (syntax, a duplicated key) in a bare 400.
            return malformed(unreadableJson, request);
        }
        Optional<String> unreadable = failure instanceof NotFoundException notFound
                ? UnreadableQuery.parameter(notFound, request) : Optional.empty();
        if (unreadable.isPresent()) {
            String field = unreadable.get();
            return responses.of(CommonProblem.VALIDATION, field + ": has a value of the wrong type or format", request.path(),
                    List.of(new Violation(field, "has a value of the wrong type or format")), Map.of());
        }
        Response original = failure.getResponse();
        int status = original.getStatus();
        ProblemKind kind = switch (status) {
            case 400 -> CommonProblem.MALFORMED_REQUEST;
            case 401 -> CommonProblem.UNAUTHENTICATED;
            case 403 -> CommonProblem.FORBIDDEN;
            case 404 -> CommonProblem.NOT_FOUND;
            case 405 -> CommonProblem.METHOD_NOT_ALLOWED;
            case 406 -> CommonProblem.NOT_ACCEPTABLE;
            case 409 -> CommonProblem.CONFLICT;
            case 415 -> CommonProblem.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> CommonProblem.TOO_MANY_REQUESTS;
            default -> status >= 500 ? CommonProblem.INTERNAL : CommonProblem.UNPROCESSABLE;
        };
        if (status == 401) {
            return unauthenticated(request, "This operation needs a bearer access token");
        }
        String detail = switch (status) {
            case 404 -> "Nothing exists at " + request.path();
            case 405 -> request.method() + " is not supported on " + request.path();
            case 415 -> "Content-Type " + request.getHeader(HttpHeaders.CONTENT_TYPE) + " is not accepted here";
            case 406 -> "None of the media types in Accept can be produced here";
            default -> kind.title();
        };
        Response.ResponseBuilder builder = Response.fromResponse(responses.of(kind, detail, request.path()));
        if (original.getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable failure, HttpServerRequest request) {
        for (Throwable cause : causesOf(failure)) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, request);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException || isIntegrityViolation(cause)) {
                return responses.of(CommonProblem.CONFLICT, "The request collides with an existing record", request.path());
            }
            if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                return optimisticLock(null, request);
            }
            if (UnreadableForm.is(cause)) {
                return responses.of(CommonProblem.MALFORMED_REQUEST, "The form is not valid application/x-www-form-urlencoded "
                        + "(a broken %-escape)", request.path());
            }
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
                // The caller hung up while its request was being read (Vert.x or the blocking body stream over it says
                // which); no answer can reach it, and it is no fault of ours.
                LOG.debugf("Connection closed by the caller during %s %s", request.method(), request.path());
                return responses.of(CommonProblem.MALFORMED_REQUEST, "The connection was closed before the request was read",
                        request.path());
            }
        }
        LOG.errorf(failure, "Unhandled failure on %s %s (request %s)", request.method(), request.path(), MDC.get("requestId"));
        return responses.of(CommonProblem.INTERNAL, "Unexpected failure; quote the X-Request-Id when reporting it",
                request.path());
    }

    /**
     * The causes and the suppressed exceptions below a failure: a constraint that fails at commit
     * reaches us only as an exception suppressed by the transaction manager.
     */
    private static List<Throwable> causesOf(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        while (!pending.isEmpty() && found.size() < 50) {
            Throwable next = pending.pop();
            if (found.contains(next)) {
                continue;
            }
            found.add(next);
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        return found;
    }

    /** PostgreSQL SQLSTATE class 23: integrity constraint violation (unique, foreign key, check, trigger). */
    private static boolean isIntegrityViolation(Throwable cause) {
        return cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }

    private Response unauthenticated(HttpServerRequest request, String detail) {
        return Response.fromResponse(responses.of(CommonProblem.UNAUTHENTICATED, detail, request.path()))
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                .build();
    }

    private static String jsonPath(JsonMappingException failure) {
        return failure.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** Drops the method and parameter nodes Hibernate Validator puts first, leaving the JSON field path. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() && parameter != null ? parameter : field.toString();
    }
}
