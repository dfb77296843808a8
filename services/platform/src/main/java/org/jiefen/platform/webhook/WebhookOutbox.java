package org.jiefen.platform.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Queues a webhook delivery in the caller's transaction — the outbox for subscribers outside our
 * Kafka (ADR 0010). The opt-in webhook module's entry point.
 *
 * <p><b>Using the module in a service</b> (intake's partner webhooks are the worked example):
 *
 * <ol>
 *   <li>Add {@code db/webhooks} to the service's Flyway locations, e.g. {@code
 *       quarkus.flyway.locations=db/platform,db/webhooks,db/migration}: that creates {@code
 *       webhook_delivery} and {@code webhook_attempt} in its database.
 *   <li>Set {@code jiefen.webhooks.enabled=true}; otherwise the {@link WebhookDispatcher} sends
 *       nothing. Tune {@code jiefen.webhooks.*} ({@link WebhookConfig}) if the defaults (every 5 s,
 *       retries from 30 s doubling to 1 h, 12 attempts) do not suit, e.g. shorter in tests.
 *   <li>Implement {@link WebhookEndpoints} (one {@code @ApplicationScoped} bean): for a subscriber
 *       name, the URL and plain secret from the service's own registration table. The service owns
 *       the registration API, URL validation and how it stores the secret (encrypted: it must be
 *       read back to sign).
 *   <li>Call {@link #enqueue} inside the {@code @Transactional} method that changes the state, with
 *       a subscriber name of the form {@code KIND:id} (e.g. {@code "COURT:" + courtCode}): the
 *       delivery commits or rolls back with the change. Skip the call for a subscriber without an
 *       endpoint if it should not see a FAILED delivery for it.
 *   <li>Serve the subscriber's view through {@link WebhookDeliveries} (page, get with attempts,
 *       redeliver), always with the subscriber taken from the caller's token, never from input.
 * </ol>
 *
 * <p>Each delivery is POSTed as the payload plus {@code deliveryId} and {@code sequence}, with
 * headers {@code X-Jiefen-Delivery}, {@code X-Jiefen-Event} (the event name) and {@code
 * X-Jiefen-Signature} ({@link WebhookSignature}); only a 2xx counts. Delivery is at least once and
 * not held back behind an earlier failing one: receivers de-duplicate on the delivery id and keep
 * the highest {@code sequence}.
 */
@ApplicationScoped
public class WebhookOutbox {

  /** The payload column is a TEXT: 65,535 bytes. */
  static final int MAX_PAYLOAD_BYTES = 65_535;

  private final WebhookDeliveryRepository deliveries;

  WebhookOutbox(WebhookDeliveryRepository deliveries) {
    this.deliveries = deliveries;
  }

  /**
   * Queues {@code payload} for {@code subscriber}, due now; returns the delivery id (also sent as
   * {@code X-Jiefen-Delivery} and {@code deliveryId}). Needs the caller's transaction.
   *
   * @param subscriber who receives it, {@code KIND:id}, at most 120 characters
   * @param eventName sent as {@code X-Jiefen-Event}, e.g. {@code dispute.status-changed}
   * @param aggregateId what changed (a dispute id), for the subscriber's delivery list
   * @param payload the body; {@code deliveryId} and {@code sequence} are added when sent
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String enqueue(
      String subscriber, String eventName, String aggregateId, ObjectNode payload) {
    String body = checked(subscriber, eventName, aggregateId, payload);
    WebhookDelivery delivery =
        new WebhookDelivery(subscriber, eventName, aggregateId, body, Instant.now());
    deliveries.persist(delivery);
    return delivery.id();
  }

  /** The payload as stored, after checking every argument fits its column. */
  static String checked(
      String subscriber, String eventName, String aggregateId, ObjectNode payload) {
    require("subscriber", subscriber, 120);
    require("eventName", eventName, 100);
    require("aggregateId", aggregateId, 160);
    if (payload == null) {
      throw new IllegalArgumentException("payload is required");
    }
    String body = payload.toString();
    if (body.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
      throw new IllegalArgumentException("payload exceeds " + MAX_PAYLOAD_BYTES + " bytes");
    }
    return body;
  }

  private static void require(String name, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
    }
  }
}
