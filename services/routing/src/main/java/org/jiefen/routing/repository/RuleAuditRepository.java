package org.jiefen.routing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.routing.domain.RuleAudit;

@ApplicationScoped
public class RuleAuditRepository implements PanacheRepository<RuleAudit> {

  public List<RuleAudit> ofRule(String ruleId) {
    return list("ruleId = ?1 order by version", ruleId);
  }
}
