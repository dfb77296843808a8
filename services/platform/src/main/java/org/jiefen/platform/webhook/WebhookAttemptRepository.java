package org.jiefen.platform.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class WebhookAttemptRepository implements PanacheRepository<WebhookAttempt> {

  /** Every attempt in the order it was made (a redelivery starts counting from 1 again). */
  List<WebhookAttempt> ofDelivery(String deliveryId) {
    return list("deliveryId = ?1 order by id", deliveryId);
  }
}
