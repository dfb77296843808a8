package org.jiefen.slamonitor.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Predicate;

/**
 * What one event does to the clocks, by the policies in force: which it starts (start event and
 * condition), stops, pauses (pause event and pause condition), resumes and extends. Pure: the clock
 * service applies the answer to the dispute's deadlines; the seeded table is unit-tested.
 */
public final class PolicyBook {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The policies (by clock) an event touches, each list in clock order. */
  public record Reaction(
      List<SlaPolicy> starts,
      List<SlaPolicy> stops,
      List<SlaPolicy> pauses,
      List<SlaPolicy> resumes,
      List<SlaPolicy> extensions) {

    public boolean none() {
      return starts.isEmpty()
          && stops.isEmpty()
          && pauses.isEmpty()
          && resumes.isEmpty()
          && extensions.isEmpty();
    }
  }

  private final List<SlaPolicy> policies;

  public PolicyBook(List<SlaPolicy> policies) {
    this.policies = policies;
  }

  public Reaction react(String type, JsonNode event) {
    return new Reaction(
        select(
            p ->
                type.equals(p.startEvent()) && PolicyCondition.matches(json(p.condition()), event)),
        select(p -> p.stopEvents().contains(type)),
        select(
            p ->
                p.lifecycle().pauseEvents().contains(type)
                    && PolicyCondition.matches(json(p.lifecycle().pauseCondition()), event)),
        select(p -> p.lifecycle().resumeEvents().contains(type)),
        select(p -> p.lifecycle().extendEvents().contains(type)));
  }

  private List<SlaPolicy> select(Predicate<SlaPolicy> test) {
    return policies.stream().filter(test).sorted((a, b) -> a.clock().compareTo(b.clock())).toList();
  }

  private static JsonNode json(String condition) {
    if (condition == null) {
      return null;
    }
    try {
      return JSON.readTree(condition);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a policy has a malformed condition: " + condition, e);
    }
  }
}
