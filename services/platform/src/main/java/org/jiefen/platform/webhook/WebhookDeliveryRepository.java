package org.jiefen.platform.webhook;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.hibernate.LockOptions;

/**
 * Harmless in services that did not opt in (no {@code webhook_delivery} table): nothing queries it
 * there, because nothing enqueues and the dispatcher is skipped.
 */
@ApplicationScoped
class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, String> {

  /**
   * Due pending deliveries, locked; rows another dispatcher holds are skipped rather than waited
   * for (FOR UPDATE SKIP LOCKED), so several instances share the work without sending twice.
   */
  List<WebhookDelivery> claimDue(Instant now, int limit) {
    return find(
            "state = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, seq",
            WebhookDelivery.State.PENDING,
            now)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
        .page(Page.ofSize(limit))
        .list();
  }

  /** A subscriber's deliveries, newest first, optionally of one state only. */
  PanacheQuery<WebhookDelivery> ofSubscriber(String subscriber, WebhookDelivery.State state) {
    return state == null
        ? find("subscriber = ?1 order by seq desc", subscriber)
        : find("subscriber = ?1 and state = ?2 order by seq desc", subscriber, state);
  }
}
