package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiefen.mediatorpool.domain.Organisation;
import org.jiefen.mediatorpool.repository.OrganisationRepository;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;

/** Loads and lists mediation organisations; a load is all-or-nothing and may be repeated. */
@ApplicationScoped
public class OrganisationService {

  private final OrganisationRepository repository;

  OrganisationService(OrganisationRepository repository) {
    this.repository = repository;
  }

  public List<Organisation> list(String centerCode) {
    return repository.listed(centerCode);
  }

  public record Loaded(int created, int updated, int unchanged) {}

  @Transactional
  public Loaded upsertAll(List<Organisation> organisations) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Map<String, Integer> codes = new HashMap<>();
    for (int i = 0; i < organisations.size(); i++) {
      if (codes.putIfAbsent(organisations.get(i).code(), i) != null) {
        errors.add(new Problem.FieldError("[" + i + "].code", "appears twice in this request"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    Map<String, Organisation> existing = repository.byCode(codes.keySet());
    int created = 0;
    int updated = 0;
    for (Organisation o : organisations) {
      Organisation stored = existing.get(o.code());
      if (stored == null) {
        repository.persist(o);
        created++;
      } else if (stored.updateFrom(o)) {
        updated++;
      }
    }
    return new Loaded(created, updated, organisations.size() - created - updated);
  }
}
