package org.jiefen.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

  /**
   * The oldest unsent rows, locked. The row lock makes a second relay instance wait instead of
   * publishing the same rows in parallel, which keeps one dispute's events in order.
   */
  List<OutboxEvent> lockOldestUnsent(int limit) {
    return find("sentAt is null order by id")
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .page(0, limit)
        .list();
  }

  public long countUnsent() {
    return count("sentAt is null");
  }

  public List<OutboxEvent> forAggregate(String aggregateId) {
    return list("aggregateId = ?1 order by id", aggregateId);
  }
}
