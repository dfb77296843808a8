package org.jiefen.platform.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Pushing deliveries to subscribers' webhooks; a service opts in with {@code enabled=true}. */
@ConfigMapping(prefix = "jiefen.webhooks")
public interface WebhookConfig {

  /** Whether this service dispatches deliveries (it then needs db/webhooks in its Flyway). */
  @WithDefault("false")
  boolean enabled();

  /** How often due deliveries are looked for (read by the dispatcher's schedule). */
  @WithDefault("5s")
  String dispatchInterval();

  @WithDefault("50")
  int batchSize();

  /** How long a claimed delivery is left to its dispatcher before another may take it. */
  @WithDefault("PT1M")
  Duration lease();

  @WithDefault("PT5S")
  Duration connectTimeout();

  @WithDefault("PT10S")
  Duration timeout();

  Retry retry();

  interface Retry {
    @WithDefault("PT30S")
    Duration first();

    @WithDefault("PT1H")
    Duration cap();

    /** 12 attempts at the defaults: retried for about five hours (RetryScheduleTest). */
    @WithDefault("12")
    int maxAttempts();
  }
}
