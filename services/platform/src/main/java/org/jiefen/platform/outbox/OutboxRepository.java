package org.jiefen.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.util.List;
import org.hibernate.Session;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

  /**
   * The oldest unsent rows, locked. The row lock makes a second relay instance wait instead of
   * publishing the same rows in parallel, which keeps one dispute's events in order.
   *
   * <p>The batch's transaction reads at READ COMMITTED: under MariaDB's default REPEATABLE READ
   * this locking read also takes next-key (gap) locks on the unsent range of {@code
   * ix_outbox_unsent}, so every insert of a new outbox row — every write of every service that
   * emits an event — waited until the batch ended; with Kafka down that was the 30 s ack timeout,
   * batch after batch, and intake stopped accepting disputes (found by FaultInjectionIT). At READ
   * COMMITTED only the rows read are locked; the read still waits for an uncommitted earlier row,
   * so the order is kept. Agroal restores the pooled connection's isolation level on return.
   */
  List<OutboxEvent> lockOldestUnsent(int limit) {
    getEntityManager()
        .unwrap(Session.class)
        .doWork(c -> c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED));
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
