package org.jiefen.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jiefen.platform.db.DatabaseUnavailable;

/** Every error a service answers is an RFC 9457 problem document — never a stack trace. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final String RETRY_AFTER_SECONDS = "5";

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.status(), e.title(), e.getMessage(), uri, e.errors());
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return respond(400, "Invalid request", errors.size() + " field(s) invalid", uri, errors);
  }

  /** Quarkus REST registers its own mapper for this subtype; ours must be at least as specific. */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e, UriInfo uri) {
    return unreadable(e, uri);
  }

  @ServerExceptionMapper
  public Response unreadable(JsonMappingException e, UriInfo uri) {
    String field = jsonPath(e);
    String message = "cannot read value: " + e.getOriginalMessage();
    return respond(
        400,
        "Invalid request",
        field + ": " + message,
        uri,
        List.of(new Problem.FieldError(field, message)));
  }

  @ServerExceptionMapper
  public Response malformed(JsonParseException e, UriInfo uri) {
    return respond(
        400,
        "Malformed JSON",
        e.getOriginalMessage(),
        uri,
        List.of(new Problem.FieldError("body", "not well-formed JSON")));
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    return Response.fromResponse(
            respond(401, "Unauthorized", "a valid bearer token is required", uri, List.of()))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(403, "Forbidden", "your role does not allow this", uri, List.of());
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof JsonMappingException mapping) {
      return unreadable(mapping, uri);
    }
    if (e.getCause() instanceof JsonParseException parse) {
      return malformed(parse, uri);
    }
    int status = e.getResponse().getStatus();
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    return respond(status, title, e.getMessage(), uri, List.of());
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e, UriInfo uri) {
    if (isConcurrentChange(e)) {
      // Two requests changed the same rows at once and the database let one win: the loser is told
      // to read again, as with an If-Match mismatch — a conflict, not a server fault.
      LOG.debugf("concurrent change on %s: %s", uri.getPath(), e);
      return respond(
          409,
          "Conflict",
          "the resource was changed by another request at the same time; read it again and retry",
          uri,
          List.of());
    }
    if (clientWentAway(e)) {
      // The client closed the connection while its body was being read (a phone losing signal, a
      // caller's timeout): nothing was stored and no one will read this answer. Under the load
      // benchmark's overload these were logged as hundreds of "unexpected" errors.
      LOG.debugf("client went away on %s: %s", uri.getPath(), e);
      return respond(400, "Bad Request", "the request body could not be read", uri, List.of());
    }
    if (DatabaseUnavailable.causedBy(e)) {
      // Nothing was stored (the transaction never committed) and nothing is wrong with the request:
      // 503 with Retry-After tells a client — the phone's outbox, a partner — to send it again
      // under the same Idempotency-Key. A 500 said "our fault, do not retry blindly".
      LOG.warnf("database unreachable on %s: %s", uri.getPath(), e.getMessage());
      return Response.fromResponse(
              respond(
                  503,
                  "Service unavailable",
                  "the service cannot reach its database; retry in a few seconds",
                  uri,
                  List.of()))
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
          .build();
    }
    LOG.errorf(e, "unexpected error on %s", uri.getPath());
    return respond(500, "Internal error", "the error was logged", uri, List.of());
  }

  static boolean clientWentAway(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.nio.channels.ClosedChannelException) {
        return true;
      }
    }
    return false;
  }

  /** Optimistic-lock failures, lock timeouts and deadlock victims, however deeply wrapped. */
  static boolean isConcurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof jakarta.persistence.LockTimeoutException
          || t instanceof org.hibernate.StaleStateException
          || t instanceof java.sql.SQLTransactionRollbackException) {
        return true;
      }
    }
    return false;
  }

  private static Response respond(
      int status, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
    Problem body =
        new Problem(
            "about:blank", title, status, detail, uri.getPath(), errors.isEmpty() ? null : errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
  }

  /** "create.request.parties[0].idNumber" → "parties[0].idNumber"; a list body → "[0].code" */
  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        continue;
      }
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
      // A container element's name is a placeholder such as "<list element>": the index says it.
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  static String jsonPath(JsonMappingException e) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }
}
