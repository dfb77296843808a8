package org.jiefen.platform.webhook;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jiefen.platform.problem.ProblemException;

/**
 * A subscriber's view of its deliveries, for the service's subscriber-facing API. Every method is
 * scoped to one subscriber, which the caller takes from the authenticated client, never from input:
 * another subscriber's delivery answers 404 as if it did not exist.
 */
@ApplicationScoped
public class WebhookDeliveries {

  /** One page of a subscriber's deliveries, newest first, and how many there are in all. */
  public record DeliveryPage(List<WebhookDelivery> items, int page, int size, long total) {}

  /** A delivery with every attempt made at it, in the order they were made. */
  public record DeliveryDetail(WebhookDelivery delivery, List<WebhookAttempt> attempts) {}

  private final WebhookDeliveryRepository deliveries;
  private final WebhookAttemptRepository attempts;

  WebhookDeliveries(WebhookDeliveryRepository deliveries, WebhookAttemptRepository attempts) {
    this.deliveries = deliveries;
    this.attempts = attempts;
  }

  /**
   * The subscriber's deliveries, newest ({@code sequence}) first.
   *
   * @param state only deliveries in this state; null for all
   * @param page 0-based
   * @param size at least 1 (the caller's API sets its own maximum)
   */
  @Transactional
  public DeliveryPage page(String subscriber, WebhookDelivery.State state, int page, int size) {
    Objects.requireNonNull(subscriber, "subscriber");
    if (page < 0 || size < 1) {
      throw new IllegalArgumentException("page >= 0 and size >= 1");
    }
    var query = deliveries.ofSubscriber(subscriber, state);
    List<WebhookDelivery> items = query.page(Page.of(page, size)).list();
    return new DeliveryPage(items, page, size, query.count());
  }

  /** The subscriber's delivery with its attempts; 404 when it is unknown or another's. */
  @Transactional
  public DeliveryDetail get(String subscriber, String id) {
    WebhookDelivery d = own(subscriber, id);
    return new DeliveryDetail(d, attempts.ofDelivery(id));
  }

  /**
   * Sends a FAILED delivery again with a fresh retry schedule starting now; 404 when unknown or
   * another's, 409 unless it is FAILED. Returns the delivery, PENDING again.
   */
  @Transactional
  public WebhookDelivery redeliver(String subscriber, String id) {
    WebhookDelivery d = own(subscriber, id);
    if (d.state() != WebhookDelivery.State.FAILED) {
      throw ProblemException.conflict(
          "only a FAILED delivery is sent again; this one is " + d.state());
    }
    d.redeliver(Instant.now());
    return d;
  }

  private WebhookDelivery own(String subscriber, String id) {
    Objects.requireNonNull(subscriber, "subscriber");
    return deliveries
        .findByIdOptional(id)
        .filter(d -> d.subscriber().equals(subscriber))
        .orElseThrow(() -> ProblemException.notFound("delivery " + id));
  }
}
