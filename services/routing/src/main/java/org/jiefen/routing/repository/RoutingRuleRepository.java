package org.jiefen.routing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.routing.domain.RoutingRule;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, String> {

  public List<RoutingRule> inOrder() {
    return list("order by position, id");
  }

  public List<RoutingRule> enabledInOrder() {
    return list("enabled = true order by position, id");
  }
}
