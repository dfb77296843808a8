package org.jiefen.intake.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.hibernate.LockOptions;
import org.jboss.logging.Logger;
import org.jiefen.intake.config.PiiConfig;
import org.jiefen.intake.domain.PartnerWebhook;
import org.jiefen.intake.domain.Party;
import org.jiefen.intake.repository.PartnerWebhookRepository;
import org.jiefen.intake.repository.PartyRepository;

/**
 * After a key rotation, protects every stored personal number and webhook secret again under the
 * current keys, in small transactions, while intake keeps serving (ADR 0023). Rows are claimed with
 * {@code SELECT … FOR UPDATE SKIP LOCKED}, so any number of intake instances share the work and
 * none re-keys a row twice; a row is done when its {@code pii_keys} names the current key pair.
 * Once no row names an earlier pair, the earlier keys can leave the configuration.
 */
@ApplicationScoped
public class PiiRekeying {

  private static final Logger LOG = Logger.getLogger(PiiRekeying.class);

  private final PiiProtector pii;
  private final PartyRepository parties;
  private final PartnerWebhookRepository webhooks;
  private final int batchSize;

  PiiRekeying(
      PiiProtector pii,
      PartyRepository parties,
      PartnerWebhookRepository webhooks,
      PiiConfig config) {
    this.pii = pii;
    this.parties = parties;
    this.webhooks = webhooks;
    this.batchSize = config.rekeyBatch();
  }

  @Scheduled(
      every = "${jiefen.pii.rekey-interval:60s}",
      delayed = "${jiefen.pii.rekey-delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    int rekeyed = runOnce();
    if (rekeyed > 0) {
      LOG.infof(
          "re-keyed %d parties under key pair %s, %d left", rekeyed, pii.keysId(), remaining());
    }
  }

  /** Re-keys until no party row is left under an earlier key pair; returns how many it did. */
  public int runOnce() {
    QuarkusTransaction.requiringNew().run(this::resealWebhookSecrets);
    int total = 0;
    int batch;
    do {
      batch = QuarkusTransaction.requiringNew().call(this::rekeyBatch);
      total += batch;
    } while (batch == batchSize);
    return total;
  }

  /** How many party rows an earlier key pair still protects. */
  public long remaining() {
    return QuarkusTransaction.requiringNew()
        .call(() -> parties.count("piiKeys is null or piiKeys <> ?1", pii.keysId()));
  }

  private int rekeyBatch() {
    List<Party> batch =
        parties
            .find(
                "piiKeys is null or (piiKeys <> ?1 and piiKeys <> ?2)",
                pii.keysId(),
                Party.UNREADABLE)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
            .page(0, batchSize)
            .list();
    for (Party party : batch) {
      try {
        party.rekey(pii::reprotect, pii.keysId());
      } catch (IllegalStateException e) {
        // sealed under a key no longer configured, or altered: counted in remaining(), never hidden
        LOG.warnf("party %d cannot be opened with the configured keys; left as it is", party.id());
        party.markUnreadable();
      }
    }
    return batch.size();
  }

  private void resealWebhookSecrets() {
    // locked: a secret re-issued meanwhile must not be overwritten by the old one re-sealed
    for (PartnerWebhook hook : webhooks.findAll().withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
      String resealed = pii.resealed(hook.secretEncrypted());
      if (!resealed.equals(hook.secretEncrypted())) {
        hook.resealSecret(resealed);
      }
    }
  }
}
