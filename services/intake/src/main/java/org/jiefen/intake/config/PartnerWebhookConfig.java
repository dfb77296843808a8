package org.jiefen.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Pushing status changes to partner platforms (ADR 0010). */
@ConfigMapping(prefix = "jiefen.intake.partner-webhooks")
public interface PartnerWebhookConfig {

  /** Plain http callbacks; only for the local runtime and tests — deployments require https. */
  @WithDefault("false")
  boolean allowInsecureHttp();

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

    /** 12 attempts at the defaults: retried for about five and a half hours. */
    @WithDefault("12")
    int maxAttempts();
  }
}
