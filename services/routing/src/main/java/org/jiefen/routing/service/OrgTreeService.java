package org.jiefen.routing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.platform.outbox.Outbox;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.routing.domain.OrgUnit;
import org.jiefen.routing.messaging.out.OrgUnitChanged;
import org.jiefen.routing.repository.OrgUnitRepository;

/**
 * Loads and edits the org tree; a bulk load is all-or-nothing and may be repeated. Every unit it
 * creates or changes is announced as orgunit.changed.v1 in the same transaction, so the services
 * that keep a replica (intake validates community codes with it) never miss a change.
 */
@ApplicationScoped
public class OrgTreeService {

  private final OrgUnitRepository repository;
  private final Outbox outbox;
  private final Caller caller;
  private final String topic;

  OrgTreeService(
      OrgUnitRepository repository,
      Outbox outbox,
      Caller caller,
      @ConfigProperty(name = "jiefen.topics.orgunits") String topic) {
    this.repository = repository;
    this.outbox = outbox;
    this.caller = caller;
    this.topic = topic;
  }

  /** Returns how many units were created or changed; an identical load changes nothing. */
  @Transactional
  public int upsertAll(List<OrgUnit> units) {
    checkParents(units);
    int changed = 0;
    for (OrgUnit unit : units) {
      OrgUnit existing = repository.findById(unit.code());
      boolean created = existing == null;
      if (created) {
        repository.persist(unit);
      }
      if (created || existing.updateFrom(unit)) {
        OrgUnit current = created ? unit : existing;
        outbox.publish(topic, current.code(), OrgUnitChanged.of(current, caller.actor()));
        changed++;
      }
    }
    return changed;
  }

  private void checkParents(List<OrgUnit> units) {
    Set<String> known = new HashSet<>();
    units.forEach(u -> known.add(u.code()));
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      String parent = units.get(i).parentCode();
      boolean ok =
          parent == null
              ? units.get(i).code().indexOf('.') < 0
              : units.get(i).code().startsWith(parent + ".")
                  && (known.contains(parent) || repository.findByIdOptional(parent).isPresent());
      if (!ok) {
        errors.add(
            new Problem.FieldError(
                "[" + i + "].parentCode",
                "must be the known parent whose code prefixes this code"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
  }
}
