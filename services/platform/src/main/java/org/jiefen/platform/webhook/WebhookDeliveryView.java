package org.jiefen.platform.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;

/**
 * A delivery as its subscriber reads it over the API: state, attempts so far, the last answer, and
 * what was (or will be) sent; {@code attempts} only on the single-delivery read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookDeliveryView(
    String id,
    long sequence,
    String event,
    String aggregateId,
    String state,
    int attemptCount,
    Instant nextAttemptAt,
    Integer lastHttpStatus,
    String lastError,
    Instant createdAt,
    Instant deliveredAt,
    @JsonRawValue String payload,
    List<Attempt> attempts) {

  public record Attempt(int attempt, Instant at, Integer httpStatus, String error, long millis) {}

  public static WebhookDeliveryView of(WebhookDelivery d, List<WebhookAttempt> attempts) {
    return new WebhookDeliveryView(
        d.id(),
        d.seq(),
        d.eventName(),
        d.aggregateId(),
        d.state().name(),
        d.attempts(),
        d.state() == WebhookDelivery.State.PENDING ? d.nextAttemptAt() : null,
        d.lastHttpStatus(),
        d.lastError(),
        d.createdAt(),
        d.deliveredAt(),
        d.payload(),
        attempts == null
            ? null
            : attempts.stream()
                .map(
                    a ->
                        new Attempt(
                            a.attempt(),
                            a.attemptedAt(),
                            a.httpStatus(),
                            a.error(),
                            a.durationMs()))
                .toList());
  }
}
