package org.jiefen.platform.webhook;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the dispatcher idle in services that did not opt in ({@code jiefen.webhooks.enabled} unset
 * or false): they have no webhook tables and nothing to send.
 *
 * <p>A runtime skip predicate rather than {@code @IfBuildProperty}: the switch stays an ordinary
 * runtime property like {@code jiefen.outbox.relay-enabled} (an environment variable or a test
 * profile can turn it) and the same jar serves both kinds of service. A skipped tick does no work
 * and touches no table.
 */
@Singleton
public class WebhooksDisabled implements Scheduled.SkipPredicate {

  private final boolean enabled;

  WebhooksDisabled(
      @ConfigProperty(name = "jiefen.webhooks.enabled", defaultValue = "false") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public boolean test(ScheduledExecution execution) {
    return !enabled;
  }

  /** A service that turns webhooks on but says nowhere where they go fails at startup, loudly. */
  void check(@Observes StartupEvent started, Instance<WebhookEndpoints> endpoints) {
    if (enabled && !endpoints.isResolvable()) {
      throw new IllegalStateException(
          "jiefen.webhooks.enabled=true needs exactly one bean implementing "
              + WebhookEndpoints.class.getName()
              + (endpoints.isAmbiguous() ? " (found several)" : " (found none)"));
    }
  }
}
