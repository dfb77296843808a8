package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiefen.mediatorpool.domain.MediationEntry;

@ApplicationScoped
public class MediationEntryRepository implements PanacheRepository<MediationEntry> {

  public List<MediationEntry> ofDispute(String disputeId) {
    return list("disputeId = ?1 order by heldAt, id", disputeId);
  }

  /** The latest entry of each assignment that has one (by time held, then by id). */
  public Map<Long, MediationEntry> latestOf(Collection<Long> assignmentIds) {
    if (assignmentIds.isEmpty()) {
      return Map.of();
    }
    return list(
            "from MediationEntry e where e.assignmentId in ?1 and e.heldAt ="
                + " (select max(f.heldAt) from MediationEntry f where f.assignmentId = e.assignmentId)"
                + " order by e.id",
            assignmentIds)
        .stream()
        .collect(Collectors.toMap(MediationEntry::assignmentId, e -> e, (first, later) -> later));
  }
}
