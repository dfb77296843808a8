package org.jiefen.intake.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jiefen.intake.domain.DeliveryAttempt;
import org.jiefen.intake.domain.PartnerDelivery;

/** A delivery as its partner sees it; {@code attempts} only on the single-delivery read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryDto(
    String id,
    long sequence,
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

  public static DeliveryDto of(PartnerDelivery d, List<DeliveryAttempt> attempts) {
    return new DeliveryDto(
        d.id(),
        d.seq(),
        d.disputeId(),
        d.externalRef(),
        d.status(),
        d.state().name(),
        d.attempts(),
        d.state() == PartnerDelivery.State.PENDING ? d.nextAttemptAt() : null,
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
