package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.intake.domain.CenterTally;
import org.jiefen.intake.domain.Channel;
import org.jiefen.intake.domain.OrgUnitReplica;
import org.jiefen.intake.domain.StatsPeriod;
import org.jiefen.intake.repository.CategoryRepository;
import org.jiefen.intake.repository.OrgUnitReplicaRepository;
import org.jiefen.intake.repository.StatsRepository;
import org.jiefen.intake.rest.dto.StatsReport;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.platform.security.OrgScope;

/**
 * Statistics per center and period (docs/stats.md, ADR 0016), scoped like every read: a center sees
 * itself and the centers below it, optionally narrowed to one of them ({@code centerCode}; outside
 * the scope or unknown: 404, as for a sibling's dispute).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatsQueries {

  private final StatsRepository stats;
  private final OrgUnitReplicaRepository units;
  private final CategoryRepository categories;
  private final Caller caller;
  private final ZoneId zone;

  StatsQueries(
      StatsRepository stats,
      OrgUnitReplicaRepository units,
      CategoryRepository categories,
      Caller caller,
      @ConfigProperty(name = "jiefen.intake.timezone") ZoneId zone) {
    this.stats = stats;
    this.units = units;
    this.categories = categories;
    this.caller = caller;
    this.zone = zone;
  }

  public StatsReport report(String centerCode, String from, String to) {
    StatsPeriod period = StatsPeriod.parse(from, to, LocalDate.now(zone));
    String root = root(centerCode);
    Instant start = period.start(zone);
    Instant end = period.end(zone);
    Instant now = Instant.now();
    Map<String, CenterTally> byCenter = new TreeMap<>();
    Function<String, CenterTally> at =
        code -> byCenter.computeIfAbsent(code, c -> new CenterTally());
    stats
        .received(root, start, end)
        .forEach(
            r ->
                at.apply(r.communityCode())
                    .addReceived(r.category(), r.channel(), r.received(), r.duplicates()));
    stats
        .outcomes(root, start, end)
        .forEach(
            r -> {
              if (r.eventType().equals("dispute.withdrawn.v1")) {
                at.apply(r.centerCode()).addWithdrawn(r.count());
              } else {
                at.apply(r.centerCode()).addConcluded(r.outcome(), r.count());
              }
            });
    if (now.isAfter(start)) {
      Instant dueBy = now.isBefore(end) ? now : end;
      stats
          .clocks(root, start, dueBy)
          .forEach(r -> at.apply(r.centerCode()).addClocks(r.due(), r.ranOut()));
    }
    stats.warned(root, start, end).forEach(r -> at.apply(r.centerCode()).addWarned(r.count()));
    stats
        .stages(root, start, end)
        .forEach(r -> at.apply(r.centerCode()).addStages(r.stages(), r.seconds()));
    return report(root, period, now, byCenter);
  }

  /** The caller's org unit, or the center it asked for when that lies within it. */
  private String root(String centerCode) {
    String orgUnit = caller.orgUnit();
    if (orgUnit == null || orgUnit.isBlank()) {
      throw new ProblemException(
          403, "Forbidden", "statistics are for callers working at a center", List.of());
    }
    if (centerCode == null || centerCode.isBlank()) {
      return orgUnit;
    }
    if (!OrgScope.covers(orgUnit, centerCode) || units.findByIdOptional(centerCode).isEmpty()) {
      throw ProblemException.notFound("center " + centerCode);
    }
    return centerCode;
  }

  private StatsReport report(
      String root, StatsPeriod period, Instant now, Map<String, CenterTally> byCenter) {
    List<String> categoryCodes = categories.ordered().stream().map(c -> c.code()).toList();
    Map<String, CenterTally> active = new TreeMap<>(byCenter);
    active.values().removeIf(t -> !t.active());
    Map<String, OrgUnitReplica> named =
        active.isEmpty()
            ? Map.of()
            : units.list("code in ?1", List.copyOf(active.keySet())).stream()
                .collect(Collectors.toMap(OrgUnitReplica::code, u -> u));
    CenterTally total = new CenterTally();
    List<StatsReport.CenterRow> rows =
        active.entrySet().stream()
            .map(
                e -> {
                  total.add(e.getValue());
                  OrgUnitReplica unit = named.get(e.getKey());
                  return new StatsReport.CenterRow(
                      e.getKey(),
                      unit == null ? null : unit.name(),
                      unit == null ? null : unit.level(),
                      figures(e.getValue(), categoryCodes));
                })
            .toList();
    return new StatsReport(
        root,
        new StatsReport.Period(period.from(), period.to(), zone.getId(), period.days()),
        now,
        rows,
        figures(total, categoryCodes));
  }

  /** Every category and channel is a key, zero when nothing came in, so columns never shift. */
  static StatsReport.Figures figures(CenterTally t, List<String> categoryCodes) {
    Map<String, Long> byCategory = new LinkedHashMap<>();
    categoryCodes.forEach(c -> byCategory.put(c, 0L));
    new TreeMap<>(t.byCategory()).forEach((k, v) -> byCategory.merge(k, v, Long::sum));
    Map<String, Long> byChannel = new LinkedHashMap<>();
    for (Channel c : Channel.values()) {
      byChannel.put(c.name(), 0L);
    }
    new TreeMap<>(t.byChannel()).forEach((k, v) -> byChannel.merge(k, v, Long::sum));
    return new StatsReport.Figures(
        t.received(),
        t.duplicates(),
        byCategory,
        byChannel,
        t.concluded(),
        t.settled(),
        t.failed(),
        t.settledRate(),
        t.withdrawn(),
        t.clocksDue(),
        t.overdue(),
        t.overdueRate(),
        t.warned(),
        t.stages(),
        t.averageStageDays());
  }
}
