package org.jiefen.mediatorpool.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Picks the mediator for a dispute routed to a center, from that center's roster. Eligible: active,
 * not on leave today, not excluded for this dispute (declined it, let it expire, or a conflict of
 * interest), specialties include the dispute's category (no specialties = generalist), and fewer
 * open assignments than capacity. The least open load wins; among equal loads a specialist goes
 * before a generalist, then round-robin — least recently assigned first (never assigned before
 * anyone), then by code — so the same state always gives the same, explainable choice. When nobody
 * is eligible there is no pick, only a reason: a silent fallback would hide an understaffed center.
 */
public final class MediatorPicker {

  public static final String RULE = "least-open-load-then-round-robin";

  private static final Comparator<Load> ORDER =
      Comparator.<Load>comparingLong(l -> l.load().open())
          .thenComparing(l -> l.mediator().specialties().isEmpty())
          .thenComparing(
              l -> l.load().lastAssignedAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(l -> l.mediator().code());

  /** What else rules mediators out for this dispute today. */
  public record Constraints(LocalDate today, Map<String, String> excluded) {
    public static Constraints none(LocalDate today) {
      return new Constraints(today, Map.of());
    }
  }

  /**
   * @param roster the mediators of the routed center
   * @param loads open load per mediator code; a mediator missing here has none
   * @param constraints the day (for leave) and the mediators excluded with the reason why
   */
  public Pick pick(
      RoutedDispute dispute,
      List<Mediator> roster,
      Map<String, MediatorLoad> loads,
      Constraints constraints) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("centerCode", dispute.centerCode());
    inputs.put("category", dispute.category());
    inputs.put("day", constraints.today().toString());
    if (!constraints.excluded().isEmpty()) {
      inputs.put("excluded", constraints.excluded());
    }

    List<Load> all =
        roster.stream()
            .sorted(Comparator.comparing(Mediator::code))
            .map(m -> new Load(m, loads.getOrDefault(m.code(), MediatorLoad.none(m.code()))))
            .toList();
    List<Load> eligible =
        all.stream()
            .filter(l -> ineligibility(l, dispute.category(), constraints) == null)
            .toList();
    Load winner = eligible.stream().min(ORDER).orElse(null);

    List<Pick.Candidate> candidates = new ArrayList<>();
    for (Load l : all) {
      String why = ineligibility(l, dispute.category(), constraints);
      candidates.add(
          candidate(l, l == winner, why != null ? why : comparedWith(l, winner, eligible)));
    }
    if (winner == null) {
      return new Pick(null, nobodyFits(dispute, roster.size()), RULE, inputs, candidates);
    }
    return new Pick(winner.mediator(), null, RULE, inputs, candidates);
  }

  /** Why this mediator cannot take the dispute at all, or null when it can. */
  private static String ineligibility(Load l, String category, Constraints constraints) {
    Mediator m = l.mediator();
    if (!m.active()) {
      return "inactive";
    }
    if (m.onLeave(constraints.today())) {
      return "on leave on " + constraints.today();
    }
    String excluded = constraints.excluded().get(m.code());
    if (excluded != null) {
      return excluded;
    }
    if (!m.takes(category)) {
      return "specialties " + m.specialties() + " do not include " + category;
    }
    if (l.load().open() >= m.capacity()) {
      return "at capacity: %d open of %d".formatted(l.load().open(), m.capacity());
    }
    return null;
  }

  private static String comparedWith(Load l, Load winner, List<Load> eligible) {
    if (l == winner) {
      long tied = eligible.stream().filter(o -> o.load().open() == l.load().open()).count();
      return tied > 1
          ? "least open load (%d), least recently assigned of %d tied (round-robin)"
              .formatted(l.load().open(), tied)
          : "least open load (%d)".formatted(l.load().open());
    }
    if (l.load().open() > winner.load().open()) {
      return "eligible, but %d open against %d of the chosen mediator"
          .formatted(l.load().open(), winner.load().open());
    }
    if (l.mediator().specialties().isEmpty() && !winner.mediator().specialties().isEmpty()) {
      return "eligible, same load, but a generalist; the chosen mediator specialises in it";
    }
    if (!Objects.equals(l.load().lastAssignedAt(), winner.load().lastAssignedAt())) {
      return "eligible, same load, but assigned more recently than the chosen mediator";
    }
    return "eligible, same load and last assignment; the chosen mediator's code sorts first";
  }

  private static String nobodyFits(RoutedDispute dispute, int rosterSize) {
    if (rosterSize == 0) {
      return "no mediators at " + dispute.centerCode();
    }
    return ("none of the %d mediators at %s is active, present, free of conflicts, takes %s and"
            + " has capacity left")
        .formatted(rosterSize, dispute.centerCode(), dispute.category());
  }

  private static Pick.Candidate candidate(Load l, boolean chosen, String why) {
    Mediator m = l.mediator();
    return new Pick.Candidate(
        m.code(),
        m.name(),
        m.kind(),
        m.specialties(),
        l.load().open(),
        m.capacity(),
        l.load().lastAssignedAt(),
        chosen,
        why);
  }

  private record Load(Mediator mediator, MediatorLoad load) {}
}
