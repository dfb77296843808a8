package org.jiefen.slamonitor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.slamonitor.domain.SlaPolicy;

/** The policies in force: a handful of rows, read whole (PolicyBook decides what an event does). */
@ApplicationScoped
public class SlaPolicyRepository implements PanacheRepositoryBase<SlaPolicy, String> {

  public List<SlaPolicy> allOrdered() {
    return list("order by clock");
  }
}
