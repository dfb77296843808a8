package org.jiefen.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Lets a test stop the relay to prove that rows wait in the outbox until it runs. */
@Singleton
public class OutboxRelayDisabled implements Scheduled.SkipPredicate {

  private volatile boolean disabled;

  OutboxRelayDisabled(
      @ConfigProperty(name = "jiefen.outbox.relay-enabled", defaultValue = "true")
          boolean enabled) {
    this.disabled = !enabled;
  }

  @Override
  public boolean test(ScheduledExecution execution) {
    return disabled;
  }

  public void pause() {
    disabled = true;
  }

  public void resume() {
    disabled = false;
  }
}
