package org.jiefen.slamonitor.timer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.platform.problem.ProblemException;

/**
 * "Now" for the SLA monitor. In production it is the system clock, full stop. Where {@code
 * jiefen.sla.clock.adjustable} is set (tests, the local demo runtime — never a production
 * deployment) an admin may advance it, so a 15-day labour clock can be seen to expire in seconds;
 * the offset is kept in the database so every instance and a restart agree on it.
 */
@ApplicationScoped
public class TimeSource {

  private final boolean adjustable;
  private final EntityManager em;
  private volatile long offsetMs;

  TimeSource(
      @ConfigProperty(name = "jiefen.sla.clock.adjustable", defaultValue = "false")
          boolean adjustable,
      EntityManager em) {
    this.adjustable = adjustable;
    this.em = em;
  }

  public Instant now() {
    return offsetMs == 0 ? Instant.now() : Instant.now().plusMillis(offsetMs);
  }

  /**
   * An instant stamped by another service's clock, as the monitor's clock sees it: unchanged in
   * production (no offset), moved by the offset where the clock was advanced.
   */
  public Instant shifted(Instant elsewhere) {
    return offsetMs == 0 ? elsewhere : elsewhere.plusMillis(offsetMs);
  }

  public boolean adjustable() {
    return adjustable;
  }

  /** Re-reads the shared offset (another instance may have advanced it). */
  public void refresh() {
    if (!adjustable) {
      return;
    }
    Object stored =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery("select offset_ms from sla_clock_offset where id = 1")
                        .getResultStream()
                        .findFirst()
                        .orElse(0L));
    offsetMs = ((Number) stored).longValue();
  }

  /** How far "now" is ahead of the system clock. */
  public Duration offset() {
    return Duration.ofMillis(offsetMs);
  }

  /**
   * Back to the system clock (a test or a demo is over); flags already raised stay raised. 404
   * where the clock is not adjustable (production).
   */
  public Instant reset() {
    if (!adjustable) {
      throw ProblemException.notFound("clock control");
    }
    QuarkusTransaction.requiringNew()
        .run(() -> em.createNativeQuery("delete from sla_clock_offset").executeUpdate());
    refresh();
    return now();
  }

  /** Moves "now" forward; 404 where the clock is not adjustable (production). */
  public Instant advance(Duration by) {
    if (!adjustable) {
      throw ProblemException.notFound("clock control");
    }
    if (by.isNegative() || by.isZero() || by.compareTo(Duration.ofDays(3650)) > 0) {
      throw ProblemException.invalidField("duration", "must be positive and at most 10 years");
    }
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into sla_clock_offset (id, offset_ms) values (1, ?1)"
                            + " on duplicate key update offset_ms = offset_ms + ?1")
                    .setParameter(1, by.toMillis())
                    .executeUpdate());
    refresh();
    return now();
  }
}
