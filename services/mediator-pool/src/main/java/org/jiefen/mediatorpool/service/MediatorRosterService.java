package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.OrgScope;

/** Loads and lists the mediator roster; a bulk load is all-or-nothing and may be repeated. */
@ApplicationScoped
public class MediatorRosterService {

  private final MediatorRepository repository;

  MediatorRosterService(MediatorRepository repository) {
    this.repository = repository;
  }

  @Transactional
  public int upsertAll(List<Mediator> mediators) {
    checkUnique(mediators);
    for (Mediator mediator : mediators) {
      repository
          .findByIdOptional(mediator.code())
          .ifPresentOrElse(
              existing -> existing.updateFrom(mediator), () -> repository.persist(mediator));
    }
    return mediators.size();
  }

  /**
   * The mediators of the centers the org unit covers, optionally of one center only. Scope is
   * checked again in Java because the SQL prefix match treats '_' as a wildcard.
   */
  public List<Mediator> visibleTo(String orgUnit, String centerCode) {
    if (orgUnit == null || orgUnit.isBlank()) {
      return List.of();
    }
    return repository.inSubtree(orgUnit).stream()
        .filter(m -> OrgScope.covers(orgUnit, m.centerCode()))
        .filter(m -> centerCode == null || centerCode.equals(m.centerCode()))
        .toList();
  }

  /**
   * A code may appear once per load, and a username belongs to one mediator: it is how a signed-in
   * mediator is recognised as an assignment's holder.
   */
  private void checkUnique(List<Mediator> mediators) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Map<String, Integer> codes = new HashMap<>();
    Map<String, Integer> usernames = new HashMap<>();
    for (int i = 0; i < mediators.size(); i++) {
      Mediator m = mediators.get(i);
      if (codes.putIfAbsent(m.code(), i) != null) {
        errors.add(new Problem.FieldError("[" + i + "].code", "appears twice in this request"));
      }
      if (m.username() != null && usernames.putIfAbsent(m.username(), i) != null) {
        errors.add(new Problem.FieldError("[" + i + "].username", "appears twice in this request"));
      }
    }
    Set<String> loading = codes.keySet();
    Map<String, String> heldElsewhere =
        repository.withUsernames(usernames.keySet()).stream()
            .filter(m -> !loading.contains(m.code()))
            .collect(Collectors.toMap(Mediator::username, Mediator::code, (a, b) -> a));
    heldElsewhere.forEach(
        (username, code) ->
            errors.add(
                new Problem.FieldError(
                    "[" + usernames.get(username) + "].username",
                    "already belongs to mediator " + code)));
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
  }
}
