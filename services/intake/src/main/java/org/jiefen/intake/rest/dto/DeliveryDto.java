package org.jiefen.intake.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.jiefen.platform.webhook.WebhookAttempt;
import org.jiefen.platform.webhook.WebhookDelivery;

/** A delivery as its partner sees it; {@code attempts} only on the single-delivery read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryDto(
    String id,
    long sequence,
    String event,
    String disputeId,
    String externalRef,
    String status,
    String state,
    int attemptCount,
    Instant nextAttemptAt,
    Integer lastHttpStatus,
    String lastError,
    Instant createdAt,
    Instant deliveredAt,
    List<Attempt> attempts) {

  public record Attempt(int attempt, Instant at, Integer httpStatus, String error, long millis) {}

  /**
   * @param payload the delivery's stored payload ({@code dispute.status-changed} or {@code
   *     dispute.arbitration-right}), which carries its event, the partner's reference and the
   *     status
   */
  public static DeliveryDto of(WebhookDelivery d, JsonNode payload, List<WebhookAttempt> attempts) {
    return new DeliveryDto(
        d.id(),
        d.seq(),
        payload.path("event").textValue(),
        d.aggregateId(),
        payload.path("externalRef").textValue(),
        payload.path("status").textValue(),
        d.state().name(),
        d.attempts(),
        d.state() == WebhookDelivery.State.PENDING ? d.nextAttemptAt() : null,
        d.lastHttpStatus(),
        d.lastError(),
        d.createdAt(),
        d.deliveredAt(),
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
