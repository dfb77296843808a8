package org.jiefen.platform.webhook;

import java.util.Optional;

/**
 * Implemented by a service that sends webhooks: where a subscriber's deliveries go and the secret
 * they are signed with. The service owns the registrations (table, API, URL rules) and decides how
 * it stores secrets; the dispatcher only asks. Exactly one bean must implement it when {@code
 * jiefen.webhooks.enabled=true}.
 */
public interface WebhookEndpoints {

  /**
   * The subscriber's current endpoint, or empty when it has none (its pending deliveries then
   * become FAILED with a reason). Called inside the dispatcher's claim transaction, once per due
   * delivery; the secret is used to sign and is never stored by the platform.
   */
  Optional<Endpoint> endpointOf(String subscriber);

  /** A callback URL and the plain HMAC secret deliveries to it are signed with. */
  record Endpoint(String url, String secret) {

    @Override
    public String toString() {
      return "Endpoint[url=" + url + ", secret=***]";
    }
  }
}
