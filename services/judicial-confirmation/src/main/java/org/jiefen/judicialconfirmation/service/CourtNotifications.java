package org.jiefen.judicialconfirmation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jiefen.judicialconfirmation.domain.Application;

/**
 * Tells the court's own system, through the webhook it registered, that one of its applications
 * changed — queued in the transaction of the change (wired to the platform's webhook outbox).
 */
@ApplicationScoped
public class CourtNotifications {

  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(Application application, String cause) {
    // Wired to the webhook outbox once the platform module lands (issue 5, court callbacks).
  }
}
