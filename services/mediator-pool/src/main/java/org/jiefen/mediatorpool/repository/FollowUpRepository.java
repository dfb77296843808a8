package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiefen.mediatorpool.domain.FollowUp;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepository<FollowUp> {

  public Optional<FollowUp> latestOf(String disputeId) {
    return find("disputeId = ?1 order by id desc", disputeId).firstResultOptional();
  }

  /** Follow-ups not yet recorded at the scope's centers, due by the given day. */
  public List<FollowUp> dueIn(String scopeCode, LocalDate by, int limit) {
    return find(
            "checkedOn is null and dueOn <= ?1 and (centerCode = ?2 or centerCode like ?3)"
                + " order by dueOn",
            by,
            scopeCode,
            scopeCode + ".%")
        .page(0, limit)
        .list();
  }
}
