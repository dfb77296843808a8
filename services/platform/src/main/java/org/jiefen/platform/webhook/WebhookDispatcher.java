package org.jiefen.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Pushes queued deliveries to subscribers' webhooks. Due rows are claimed under FOR UPDATE SKIP
 * LOCKED and leased in a short transaction, sent outside any transaction (a slow receiver holds no
 * database lock), and each attempt's result is recorded in its own transaction. A crash after the
 * send and before the record means the delivery is sent again when the lease ends: at least once,
 * and receivers de-duplicate on {@code X-Jiefen-Delivery}. Idle unless {@code
 * jiefen.webhooks.enabled=true} ({@link WebhooksDisabled}).
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

  private record Claim(
      String id, long seq, String eventName, String payload, WebhookEndpoints.Endpoint endpoint) {}

  private final WebhookDeliveryRepository deliveries;
  private final WebhookAttemptRepository attempts;
  private final Instance<WebhookEndpoints> endpoints;
  private final ObjectMapper mapper;
  private final WebhookConfig config;
  private final RetrySchedule schedule;
  private final WebhookSender sender;

  WebhookDispatcher(
      WebhookDeliveryRepository deliveries,
      WebhookAttemptRepository attempts,
      Instance<WebhookEndpoints> endpoints,
      ObjectMapper mapper,
      WebhookConfig config) {
    this.deliveries = deliveries;
    this.attempts = attempts;
    this.endpoints = endpoints;
    this.mapper = mapper;
    this.config = config;
    this.schedule =
        new RetrySchedule(
            config.retry().first(), config.retry().cap(), config.retry().maxAttempts());
    this.sender = new WebhookSender(config.connectTimeout(), config.timeout());
  }

  @Scheduled(
      every = "${jiefen.webhooks.dispatch-interval:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = WebhooksDisabled.class)
  void dispatch() {
    List<Claim> claimed;
    do {
      claimed = QuarkusTransaction.requiringNew().call(this::claim);
      claimed.forEach(this::send);
    } while (claimed.size() == config.batchSize());
  }

  private List<Claim> claim() {
    Instant now = Instant.now();
    List<Claim> claimed = new ArrayList<>();
    for (WebhookDelivery d : deliveries.claimDue(now, config.batchSize())) {
      Optional<WebhookEndpoints.Endpoint> endpoint;
      try {
        endpoint = endpoints.get().endpointOf(d.subscriber());
      } catch (RuntimeException e) {
        // Leave it leased: tried again when the lease ends, without holding up the others.
        LOG.warnf("no endpoint for delivery %s to %s: %s", d.id(), d.subscriber(), e.toString());
        d.lease(now.plus(config.lease()));
        continue;
      }
      if (endpoint.isEmpty()) {
        // The subscriber removed its webhook: nothing to send to, and retrying cannot help.
        d.abandon("no webhook registered for " + subscriberId(d.subscriber()));
        continue;
      }
      d.lease(now.plus(config.lease()));
      claimed.add(new Claim(d.id(), d.seq(), d.eventName(), d.payload(), endpoint.get()));
    }
    return claimed;
  }

  private void send(Claim c) {
    WebhookSender.Result result =
        sender.post(
            c.endpoint().url(),
            c.id(),
            c.eventName(),
            c.endpoint().secret(),
            body(mapper, c.payload(), c.id(), c.seq()));
    Instant at = Instant.now();
    QuarkusTransaction.requiringNew()
        .run(() -> attempts.persist(deliveries.findById(c.id()).attempted(at, result, schedule)));
  }

  /**
   * What the receiver gets: the stored payload plus what identifies this delivery and orders it
   * among the subscriber's ({@code deliveryId}, {@code sequence}).
   */
  static String body(ObjectMapper mapper, String payload, String deliveryId, long sequence) {
    try {
      ObjectNode body = (ObjectNode) mapper.readTree(payload);
      body.put("deliveryId", deliveryId);
      body.put("sequence", sequence);
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("stored delivery payload is not a JSON object", e);
    }
  }

  /**
   * The part after {@code KIND:} — "no webhook registered for HRSS", as partners read it before the
   * module was shared.
   */
  static String subscriberId(String subscriber) {
    int colon = subscriber.indexOf(':');
    return colon < 0 ? subscriber : subscriber.substring(colon + 1);
  }
}
