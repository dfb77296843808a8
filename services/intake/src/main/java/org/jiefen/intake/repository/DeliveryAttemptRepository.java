package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.intake.domain.DeliveryAttempt;

@ApplicationScoped
public class DeliveryAttemptRepository implements PanacheRepository<DeliveryAttempt> {

  public List<DeliveryAttempt> ofDelivery(String deliveryId) {
    return list("deliveryId = ?1 order by attempt", deliveryId);
  }
}
