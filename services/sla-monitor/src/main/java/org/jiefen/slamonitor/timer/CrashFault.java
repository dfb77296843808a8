package org.jiefen.slamonitor.timer;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fault injection for the restart test (SlaRestartIT): with {@code
 * jiefen.sla.fault.halt-before-commit} set, the process dies the hard way — no shutdown hooks, no
 * rollback from this side — the first time a batch of flags is written but not yet committed. It
 * acts only where the clock is adjustable as well, so a production deployment can never halt itself
 * by configuration slip.
 */
@ApplicationScoped
public class CrashFault {

  private static final Logger LOG = Logger.getLogger(CrashFault.class);

  private final boolean armed;

  CrashFault(
      @ConfigProperty(name = "jiefen.sla.fault.halt-before-commit", defaultValue = "false")
          boolean halt,
      @ConfigProperty(name = "jiefen.sla.clock.adjustable", defaultValue = "false")
          boolean adjustable) {
    this.armed = halt && adjustable;
  }

  boolean haltBeforeCommit() {
    return armed;
  }

  void halt() {
    LOG.error("fault injection: halting between writing flags and committing them");
    Runtime.getRuntime().halt(86);
  }
}
