package org.jiefen.routing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.routing.domain.OrgUnit;
import org.jiefen.routing.repository.OrgUnitRepository;

/** Loads and edits the org tree; a bulk load is all-or-nothing and may be repeated. */
@ApplicationScoped
public class OrgTreeService {

  private final OrgUnitRepository repository;

  OrgTreeService(OrgUnitRepository repository) {
    this.repository = repository;
  }

  @Transactional
  public int upsertAll(List<OrgUnit> units) {
    checkParents(units);
    for (OrgUnit unit : units) {
      repository
          .findByIdOptional(unit.code())
          .ifPresentOrElse(existing -> existing.updateFrom(unit), () -> repository.persist(unit));
    }
    return units.size();
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
