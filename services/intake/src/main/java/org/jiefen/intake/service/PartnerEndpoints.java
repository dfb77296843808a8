package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jiefen.intake.domain.SourcePlatform;
import org.jiefen.intake.repository.PartnerWebhookRepository;
import org.jiefen.platform.webhook.WebhookEndpoints;

/**
 * Where the platform's webhook dispatcher sends a partner's deliveries: the partner's registered
 * URL and its secret, decrypted with the PII key. Subscribers are named {@code PARTNER:<platform>}.
 */
@ApplicationScoped
public class PartnerEndpoints implements WebhookEndpoints {

  static final String PREFIX = "PARTNER:";

  private final PartnerWebhookRepository webhooks;
  private final PiiProtector pii;

  PartnerEndpoints(PartnerWebhookRepository webhooks, PiiProtector pii) {
    this.webhooks = webhooks;
    this.pii = pii;
  }

  /** The subscriber name of a partner platform's deliveries. */
  public static String subscriber(SourcePlatform platform) {
    return PREFIX + platform.name();
  }

  @Override
  public Optional<Endpoint> endpointOf(String subscriber) {
    return platformOf(subscriber)
        .flatMap(webhooks::findByIdOptional)
        .map(h -> new Endpoint(h.url(), pii.decrypt(h.secretEncrypted())));
  }

  static Optional<SourcePlatform> platformOf(String subscriber) {
    if (subscriber == null || !subscriber.startsWith(PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SourcePlatform.valueOf(subscriber.substring(PREFIX.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
