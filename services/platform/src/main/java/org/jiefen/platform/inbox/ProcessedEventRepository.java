package org.jiefen.platform.inbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProcessedEventRepository
    implements PanacheRepositoryBase<ProcessedEvent, ProcessedEvent.Key> {

  public boolean isProcessed(String eventId, String consumer) {
    return findById(new ProcessedEvent.Key(eventId, consumer)) != null;
  }

  void markProcessed(String eventId, String consumer, String eventType) {
    persist(new ProcessedEvent(eventId, consumer, eventType));
  }
}
