package org.jiefen.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jiefen.intake.config.PartnerWebhookConfig;
import org.jiefen.intake.domain.DeliveryAttempt;
import org.jiefen.intake.domain.PartnerDelivery;
import org.jiefen.intake.domain.PartnerWebhook;
import org.jiefen.intake.repository.DeliveryAttemptRepository;
import org.jiefen.intake.repository.PartnerDeliveryRepository;
import org.jiefen.intake.repository.PartnerWebhookRepository;
import org.jiefen.platform.webhook.RetrySchedule;
import org.jiefen.platform.webhook.WebhookSender;

/**
 * Pushes queued status changes to partners' webhooks. Due rows are claimed under FOR UPDATE SKIP
 * LOCKED and leased in a short transaction, sent outside any transaction (a slow partner holds no
 * database lock), and each attempt's result is recorded in its own transaction. A crash after the
 * send and before the record means the delivery is sent again when the lease ends: at least once,
 * and receivers de-duplicate on {@code X-Jiefen-Delivery}.
 */
@ApplicationScoped
public class PartnerDispatcher {

  private record Claim(String id, long seq, String url, String secretEncrypted, String payload) {}

  private final PartnerDeliveryRepository deliveries;
  private final DeliveryAttemptRepository attempts;
  private final PartnerWebhookRepository webhooks;
  private final PiiProtector pii;
  private final ObjectMapper mapper;
  private final PartnerWebhookConfig config;
  private final RetrySchedule schedule;
  private final WebhookSender sender;

  PartnerDispatcher(
      PartnerDeliveryRepository deliveries,
      DeliveryAttemptRepository attempts,
      PartnerWebhookRepository webhooks,
      PiiProtector pii,
      ObjectMapper mapper,
      PartnerWebhookConfig config) {
    this.deliveries = deliveries;
    this.attempts = attempts;
    this.webhooks = webhooks;
    this.pii = pii;
    this.mapper = mapper;
    this.config = config;
    this.schedule =
        new RetrySchedule(
            config.retry().first(), config.retry().cap(), config.retry().maxAttempts());
    this.sender = new WebhookSender(config.connectTimeout(), config.timeout());
  }

  @Scheduled(
      every = "${jiefen.intake.partner-webhooks.dispatch-interval:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
    for (PartnerDelivery d : deliveries.claimDue(now, config.batchSize())) {
      PartnerWebhook hook = webhooks.findById(d.platform());
      if (hook == null) {
        // The partner removed its webhook: nothing to send to, and retrying cannot help.
        d.attempted(now, 0, "no webhook registered for " + d.platform(), null);
        continue;
      }
      d.lease(now.plus(config.lease()));
      claimed.add(new Claim(d.id(), d.seq(), hook.url(), hook.secretEncrypted(), d.payload()));
    }
    return claimed;
  }

  private void send(Claim c) {
    WebhookSender.Result result =
        sender.post(
            c.url(), c.id(), PartnerStatusFeed.EVENT, pii.decrypt(c.secretEncrypted()), body(c));
    Instant at = Instant.now();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              PartnerDelivery d = deliveries.findById(c.id());
              int attempt = d.attempts() + 1;
              Duration retryIn = result.delivered() ? null : schedule.delayAfter(attempt);
              d.attempted(at, result.httpStatus(), result.error(), retryIn);
              attempts.persist(
                  new DeliveryAttempt(
                      c.id(), attempt, at, result.httpStatus(), result.error(), result.millis()));
            });
  }

  /** The stored change plus what identifies this delivery and orders it among the platform's. */
  private String body(Claim c) {
    try {
      ObjectNode body = (ObjectNode) mapper.readTree(c.payload());
      body.put("deliveryId", c.id());
      body.put("sequence", c.seq());
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored delivery payload is not JSON", e);
    }
  }
}
