package org.jiefen.judicialconfirmation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jiefen.judicialconfirmation.domain.CourtIdempotency;
import org.jiefen.judicialconfirmation.repository.CourtIdempotencyRepository;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;

/**
 * Every court write carries an Idempotency-Key. The first request with a key runs and its answer is
 * stored in the same transaction as its effect; the same key with the same body answers that again
 * without acting twice; the same key with another body is a 409. A refused request (4xx) stores
 * nothing, so its retry is judged afresh.
 */
@ApplicationScoped
public class IdempotentCourtWrites {

  /** A stored or fresh answer; {@code replayed} is true when it was stored before. */
  public record Answer(int status, String json, boolean replayed) {}

  private final CourtIdempotencyRepository keys;
  private final ObjectMapper mapper;

  IdempotentCourtWrites(CourtIdempotencyRepository keys, ObjectMapper mapper) {
    this.keys = keys;
    this.mapper = mapper;
  }

  /**
   * @param operation what the request does to what, e.g. "accept a-123": part of the fingerprint,
   *     so one key can never replay an answer about another application or action
   */
  public Answer run(
      String courtCode,
      String key,
      String operation,
      Object request,
      int status,
      Supplier<Object> action) {
    if (key == null || key.isBlank() || key.length() > 200) {
      throw new ProblemException(
          400,
          "Bad Request",
          "every court write needs an Idempotency-Key header (1 to 200 characters)",
          List.of(new Problem.FieldError("Idempotency-Key", "required")));
    }
    CourtIdempotency.Key id = new CourtIdempotency.Key(courtCode, key);
    String hash = Hashes.sha256(operation + "\n" + json(request));
    try {
      return QuarkusTransaction.requiringNew()
          .call(
              () ->
                  replay(id, hash)
                      .orElseGet(
                          () -> {
                            String body = json(action.get());
                            keys.persist(
                                new CourtIdempotency(id, hash, status, body, Instant.now()));
                            return new Answer(status, body, false);
                          }));
    } catch (PersistenceException e) {
      // The same key raced in twice: the loser answers with the winner's stored answer.
      return QuarkusTransaction.requiringNew().call(() -> replay(id, hash)).orElseThrow(() -> e);
    }
  }

  private Optional<Answer> replay(CourtIdempotency.Key id, String hash) {
    CourtIdempotency stored = keys.findById(id);
    if (stored == null) {
      return Optional.empty();
    }
    if (!stored.sameRequest(hash)) {
      throw ProblemException.conflict("this Idempotency-Key was used with another request");
    }
    return Optional.of(new Answer(stored.responseStatus(), stored.responseBody(), true));
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise", e);
    }
  }
}
