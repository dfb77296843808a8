package org.jiefen.judicialconfirmation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jiefen.judicialconfirmation.domain.Application;
import org.jiefen.platform.webhook.WebhookOutbox;

/**
 * Tells the court's own system, through the webhook it registered, that one of its applications
 * changed — whoever changed it (the court's API, its clerks in the court view, the center supplying
 * materials) — queued in the transaction of the change. A court without a webhook gets nothing
 * queued; it reads the API.
 */
@ApplicationScoped
public class CourtNotifications {

  public static final String EVENT = "confirmation.status-changed";

  private final WebhookOutbox outbox;
  private final CourtWebhooks webhooks;
  private final ObjectMapper mapper;

  CourtNotifications(WebhookOutbox outbox, CourtWebhooks webhooks, ObjectMapper mapper) {
    this.outbox = outbox;
    this.webhooks = webhooks;
    this.mapper = mapper;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(Application a, String cause) {
    if (!webhooks.registered(a.courtCode())) {
      return;
    }
    ObjectNode payload = mapper.createObjectNode();
    payload.put("event", EVENT);
    payload.put("applicationId", a.id());
    payload.put("disputeId", a.disputeId());
    payload.put("courtCode", a.courtCode());
    payload.put("status", a.status().name());
    payload.put("cause", cause);
    payload.put("at", Instant.now().toString());
    if (a.rulingNumber() != null) {
      payload.put("rulingNumber", a.rulingNumber());
    }
    outbox.enqueue(CourtWebhooks.subscriber(a.courtCode()), EVENT, a.disputeId(), payload);
  }
}
