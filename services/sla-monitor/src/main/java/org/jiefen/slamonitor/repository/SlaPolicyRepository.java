package org.jiefen.slamonitor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.slamonitor.domain.SlaPolicy;

@ApplicationScoped
public class SlaPolicyRepository implements PanacheRepositoryBase<SlaPolicy, String> {

  public List<SlaPolicy> startedBy(String eventType) {
    return list("startEvent = ?1 order by clock", eventType);
  }

  public List<SlaPolicy> stoppedBy(String eventType) {
    return list("stopEvents like ?1 order by clock", "%" + eventType + "%").stream()
        .filter(p -> p.stopEvents().contains(eventType))
        .toList();
  }

  /** Policies whose clocks this event pauses, resumes or extends. */
  public List<SlaPolicy> reactingTo(String eventType) {
    String like = "%" + eventType + "%";
    return list(
            "pauseEvents like ?1 or resumeEvents like ?1 or extendEvents like ?1 order by clock",
            like)
        .stream()
        .filter(
            p ->
                p.lifecycle().pauseEvents().contains(eventType)
                    || p.lifecycle().resumeEvents().contains(eventType)
                    || p.lifecycle().extendEvents().contains(eventType))
        .toList();
  }

  public List<SlaPolicy> allOrdered() {
    return list("order by clock");
  }
}
