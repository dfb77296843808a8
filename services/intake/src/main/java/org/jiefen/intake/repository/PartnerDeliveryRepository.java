package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.hibernate.LockOptions;
import org.jiefen.intake.domain.PartnerDelivery;
import org.jiefen.intake.domain.SourcePlatform;

@ApplicationScoped
public class PartnerDeliveryRepository implements PanacheRepositoryBase<PartnerDelivery, String> {

  /**
   * Due pending deliveries, locked; rows another dispatcher holds are skipped rather than waited
   * for (FOR UPDATE SKIP LOCKED), so several instances share the work without sending twice.
   */
  public List<PartnerDelivery> claimDue(Instant now, int limit) {
    return find(
            "state = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, seq",
            PartnerDelivery.State.PENDING,
            now)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
        .page(Page.ofSize(limit))
        .list();
  }

  public PanacheQuery<PartnerDelivery> ofPlatform(
      SourcePlatform platform, PartnerDelivery.State state) {
    return state == null
        ? find("platform = ?1 order by seq desc", platform)
        : find("platform = ?1 and state = ?2 order by seq desc", platform, state);
  }
}
