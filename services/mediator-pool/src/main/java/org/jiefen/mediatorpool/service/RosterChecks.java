package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.Organisation;
import org.jiefen.mediatorpool.domain.RosterRules;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.mediatorpool.repository.OrganisationRepository;
import org.jiefen.mediatorpool.roster.KnownCategories;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.security.OrgScope;

/**
 * The checks every roster write shares (bulk load, add, edit, import) beyond a single field's
 * format: codes and usernames unique in the batch, a username belonging to one mediator only, the
 * center inside the writer's org unit, and {@link RosterRules} (organisation, categories).
 */
@ApplicationScoped
public class RosterChecks {

  private final MediatorRepository mediators;
  private final OrganisationRepository organisations;
  private final KnownCategories categories;

  RosterChecks(
      MediatorRepository mediators,
      OrganisationRepository organisations,
      KnownCategories categories) {
    this.mediators = mediators;
    this.organisations = organisations;
    this.categories = categories;
  }

  /**
   * @param entries the batch, in request order
   * @param existing the stored mediators of the batch's codes
   * @param writerOrgUnit the org unit whose centers the writer may fill
   * @return per entry index, its errors with fields named as in the JSON body; no key: no error
   */
  public Map<Integer, List<Problem.FieldError>> check(
      List<Mediator> entries, Map<String, Mediator> existing, String writerOrgUnit) {
    return check(entries, existing, writerOrgUnit, i -> "[" + i + "]");
  }

  /**
   * @param label how an error names another entry of the batch ("[0]", "row 3")
   */
  public Map<Integer, List<Problem.FieldError>> check(
      List<Mediator> entries,
      Map<String, Mediator> existing,
      String writerOrgUnit,
      IntFunction<String> label) {
    Map<Integer, List<Problem.FieldError>> errors = new TreeMap<>();
    Map<String, Integer> codes = new HashMap<>();
    Map<String, Integer> usernames = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Mediator m = entries.get(i);
      Integer first = codes.putIfAbsent(m.code(), i);
      if (first != null) {
        add(errors, i, "code", "appears twice in this request, also at " + label.apply(first));
      }
      Integer firstUser = m.username() == null ? null : usernames.putIfAbsent(m.username(), i);
      if (firstUser != null) {
        add(
            errors,
            i,
            "username",
            "appears twice in this request, also at " + label.apply(firstUser));
      }
      if (!OrgScope.covers(writerOrgUnit, m.centerCode())) {
        add(errors, i, "centerCode", "is outside your org unit " + writerOrgUnit);
      }
      Mediator stored = existing.get(m.code());
      if (stored != null && !OrgScope.covers(writerOrgUnit, stored.centerCode())) {
        add(errors, i, "code", "belongs to a mediator outside your org unit " + writerOrgUnit);
      }
    }
    Set<String> loading = codes.keySet();
    mediators.withUsernames(usernames.keySet()).stream()
        .filter(m -> !loading.contains(m.code()))
        .forEach(
            m ->
                add(
                    errors,
                    usernames.get(m.username()),
                    "username",
                    "already belongs to mediator " + m.code()));
    Map<String, Organisation> orgs =
        organisations.byCode(
            entries.stream()
                .map(Mediator::organisationCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    for (int i = 0; i < entries.size(); i++) {
      Mediator m = entries.get(i);
      for (Problem.FieldError e :
          RosterRules.check(
              m,
              existing.get(m.code()),
              m.organisationCode() == null ? null : orgs.get(m.organisationCode()),
              categories::known)) {
        add(errors, i, e.field(), e.message());
      }
    }
    return errors;
  }

  /** The errors of a batch as the fields of a JSON array body: "[3].username". */
  public static List<Problem.FieldError> indexed(Map<Integer, List<Problem.FieldError>> errors) {
    List<Problem.FieldError> all = new ArrayList<>();
    errors.forEach(
        (i, list) ->
            list.forEach(
                e -> all.add(new Problem.FieldError("[" + i + "]." + e.field(), e.message()))));
    return all;
  }

  private static void add(
      Map<Integer, List<Problem.FieldError>> errors, int index, String field, String message) {
    errors
        .computeIfAbsent(index, k -> new ArrayList<>())
        .add(new Problem.FieldError(field, message));
  }
}
