package org.jiefen.intake.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one center (or of a whole scope) in a period, as the SQL aggregates deliver them,
 * and the rates and averages derived from them (docs/stats.md). Counts add up, so a scope's total
 * is the sum of its centers; rates and averages are computed from the summed counts, never
 * averaged.
 */
public final class CenterTally {

  /** Rates are fractions with 4 decimal places (0.8560 = 85.60 %), half up. */
  public static final int RATE_SCALE = 4;

  /** Average days with 1 decimal place, half up. */
  public static final int DAYS_SCALE = 1;

  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private long received;
  private long duplicates;
  private final Map<String, Long> byCategory = new TreeMap<>();
  private final Map<String, Long> byChannel = new TreeMap<>();
  private long settled;
  private long failed;
  private long withdrawn;
  private long clocksDue;
  private long overdue;
  private long warned;
  private long stages;
  private BigDecimal stageSeconds = BigDecimal.ZERO;

  /** Disputes created in the period: {@code received} new ones and linked {@code duplicates}. */
  public CenterTally addReceived(String category, String channel, long received, long duplicates) {
    this.received += received;
    this.duplicates += duplicates;
    if (received > 0) {
      byCategory.merge(category, received, Long::sum);
      byChannel.merge(channel, received, Long::sum);
    }
    return this;
  }

  /** Mediations concluded in the period with this outcome (SETTLED or FAILED). */
  public CenterTally addConcluded(String outcome, long count) {
    if ("SETTLED".equals(outcome)) {
      settled += count;
    } else if ("FAILED".equals(outcome)) {
      failed += count;
    }
    return this;
  }

  public CenterTally addWithdrawn(long count) {
    withdrawn += count;
    return this;
  }

  /** Clocks that came due in the period, and how many of them ran out. */
  public CenterTally addClocks(long due, long ranOut) {
    clocksDue += due;
    overdue += ranOut;
    return this;
  }

  public CenterTally addWarned(long count) {
    warned += count;
    return this;
  }

  /** Stages that ended in the period and their summed length in seconds. */
  public CenterTally addStages(long count, BigDecimal seconds) {
    stages += count;
    stageSeconds = stageSeconds.add(seconds);
    return this;
  }

  public CenterTally add(CenterTally other) {
    received += other.received;
    duplicates += other.duplicates;
    other.byCategory.forEach((k, v) -> byCategory.merge(k, v, Long::sum));
    other.byChannel.forEach((k, v) -> byChannel.merge(k, v, Long::sum));
    settled += other.settled;
    failed += other.failed;
    withdrawn += other.withdrawn;
    clocksDue += other.clocksDue;
    overdue += other.overdue;
    warned += other.warned;
    addStages(other.stages, other.stageSeconds);
    return this;
  }

  /** Anything counted at all: a center without activity is left out of the report. */
  public boolean active() {
    return received + duplicates + settled + failed + withdrawn + clocksDue + warned + stages > 0;
  }

  public long received() {
    return received;
  }

  public long duplicates() {
    return duplicates;
  }

  public Map<String, Long> byCategory() {
    return Map.copyOf(byCategory);
  }

  public Map<String, Long> byChannel() {
    return Map.copyOf(byChannel);
  }

  public long concluded() {
    return settled + failed;
  }

  public long settled() {
    return settled;
  }

  public long failed() {
    return failed;
  }

  public BigDecimal settledRate() {
    return rate(settled, concluded());
  }

  public long withdrawn() {
    return withdrawn;
  }

  public long clocksDue() {
    return clocksDue;
  }

  public long overdue() {
    return overdue;
  }

  public BigDecimal overdueRate() {
    return rate(overdue, clocksDue);
  }

  public long warned() {
    return warned;
  }

  public long stages() {
    return stages;
  }

  public BigDecimal averageStageDays() {
    return averageDays(stages, stageSeconds);
  }

  /** part / whole with {@link #RATE_SCALE} places, half up; null when there is no whole. */
  public static BigDecimal rate(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
  }

  /** Mean length in days with {@link #DAYS_SCALE} places, half up; null when nothing ended. */
  public static BigDecimal averageDays(long count, BigDecimal seconds) {
    if (count == 0) {
      return null;
    }
    return seconds.divide(
        SECONDS_PER_DAY.multiply(BigDecimal.valueOf(count)), DAYS_SCALE, RoundingMode.HALF_UP);
  }
}
