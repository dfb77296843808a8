package org.jiefen.intake.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jiefen.intake.domain.ArbitrationRight;
import org.jiefen.intake.domain.Dispute;
import org.jiefen.intake.domain.DisputeStatus;
import org.jiefen.intake.repository.PartnerWebhookRepository;
import org.jiefen.platform.webhook.WebhookOutbox;

/**
 * When a dispute a partner platform handed in changes status, queues a delivery for that platform's
 * webhook in the same transaction as the change (the platform's {@link WebhookOutbox}, subscriber
 * {@code PARTNER:<platform>}). Platforms without a webhook get nothing queued; they can still ask
 * for the status by their own reference.
 */
@ApplicationScoped
public class PartnerStatusFeed {

  public static final String EVENT = "dispute.status-changed";

  /** The parties of a labour dispute handed in may apply for arbitration (ArbitrationRight). */
  public static final String ARBITRATION_EVENT = "dispute.arbitration-right";

  private final PartnerWebhookRepository webhooks;
  private final WebhookOutbox outbox;
  private final ObjectMapper mapper;

  PartnerStatusFeed(PartnerWebhookRepository webhooks, WebhookOutbox outbox, ObjectMapper mapper) {
    this.webhooks = webhooks;
    this.outbox = outbox;
    this.mapper = mapper;
  }

  /**
   * Queues a delivery when {@code d} is a partner's dispute and its status is not {@code before}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void afterChange(Dispute d, DisputeStatus before, String cause, Instant at) {
    if (d.status() == before || !subscribed(d)) {
      return;
    }
    ObjectNode payload = payload(EVENT, d);
    payload.put("previousStatus", before == null ? null : before.name());
    payload.put("centerCode", d.centerCode());
    payload.put("statusAt", at.toString());
    payload.put("cause", cause);
    enqueue(EVENT, d, payload);
  }

  /**
   * Queues the notice that the parties may apply for arbitration when {@code d} is a partner's
   * dispute: the HR bureau that handed in a labour case is where its arbitration would be filed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void arbitrationRight(Dispute d) {
    if (d.arbitrationRight().isEmpty() || !subscribed(d)) {
      return;
    }
    ArbitrationRight right = d.arbitrationRight().orElseThrow();
    ObjectNode payload = payload(ARBITRATION_EVENT, d);
    payload.put("centerCode", right.centerCode());
    payload.put("arisenAt", right.arisenAt().toString());
    payload.put("notice", right.notice());
    payload.put("citation", right.citation());
    enqueue(ARBITRATION_EVENT, d, payload);
  }

  /** A partner platform handed {@code d} in and has a webhook registered. */
  private boolean subscribed(Dispute d) {
    return d.sourcePlatform() != null && webhooks.findByIdOptional(d.sourcePlatform()).isPresent();
  }

  /** What every delivery says: which event, which dispute, the partner's reference, the status. */
  private ObjectNode payload(String event, Dispute d) {
    ObjectNode payload = mapper.createObjectNode();
    payload.put("event", event);
    payload.put("disputeId", d.id());
    payload.put("platform", d.sourcePlatform().name());
    payload.put("externalRef", d.externalRef());
    payload.put("status", d.status().name());
    return payload;
  }

  private void enqueue(String event, Dispute d, ObjectNode payload) {
    outbox.enqueue(PartnerEndpoints.subscriber(d.sourcePlatform()), event, d.id(), payload);
  }
}
