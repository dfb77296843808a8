package org.jiefen.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Partner platforms' webhook registrations (ADR 0010). Dispatch — schedule, timeouts, retries — is
 * the platform's webhook module, configured under {@code jiefen.webhooks.*}.
 */
@ConfigMapping(prefix = "jiefen.intake.partner-webhooks")
public interface PartnerWebhookConfig {

  /** Plain http callbacks; only for the local runtime and tests — deployments require https. */
  @WithDefault("false")
  boolean allowInsecureHttp();
}
