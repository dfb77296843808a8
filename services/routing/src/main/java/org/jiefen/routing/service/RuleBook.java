package org.jiefen.routing.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jiefen.platform.problem.Problem.FieldError;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.routing.domain.RoutingRule;
import org.jiefen.routing.domain.RuleAudit;
import org.jiefen.routing.domain.RuleCondition;
import org.jiefen.routing.domain.RuleSpec;
import org.jiefen.routing.repository.OrgUnitRepository;
import org.jiefen.routing.repository.RoutingRuleRepository;
import org.jiefen.routing.repository.RuleAuditRepository;
import org.jiefen.routing.rest.dto.RuleDto;

/** The routing rules: validated, versioned and audited on every change, read in order. */
@ApplicationScoped
public class RuleBook {

  private final RoutingRuleRepository rules;
  private final RuleAuditRepository audits;
  private final OrgUnitRepository orgUnits;
  private final ObjectMapper mapper;

  RuleBook(
      RoutingRuleRepository rules,
      RuleAuditRepository audits,
      OrgUnitRepository orgUnits,
      ObjectMapper mapper) {
    this.rules = rules;
    this.audits = audits;
    this.orgUnits = orgUnits;
    this.mapper = mapper;
  }

  /** The enabled rules in evaluation order, as the router reads them. */
  public List<RuleSpec> specs() {
    return rules.enabledInOrder().stream().map(this::spec).toList();
  }

  public List<RuleDto> all() {
    return rules.inOrder().stream().map(this::dto).toList();
  }

  /** Upserts each rule; only real changes raise the version and leave an audit row. */
  @Transactional
  public int define(List<RuleDto> definitions, String by) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < definitions.size(); i++) {
      check(definitions.get(i), definitions.size() == 1 ? "" : "[" + i + "].", errors);
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    Instant now = Instant.now();
    int changed = 0;
    for (RuleDto d : definitions) {
      RoutingRule rule = rules.findByIdOptional(d.id()).orElseGet(() -> new RoutingRule(d.id()));
      boolean isNew = rule.version() == 0;
      boolean changedNow =
          rule.define(
              d.position(),
              d.enabled(),
              d.explanation(),
              json(d.condition()),
              d.targetLevel(),
              d.targetCenterCode(),
              d.mediationType(),
              String.join(",", d.flags() == null ? List.of() : d.flags()),
              by,
              now);
      if (isNew) {
        rules.persist(rule);
      }
      if (changedNow) {
        audits.persist(new RuleAudit(rule.id(), rule.version(), by, now, json(dto(rule))));
        changed++;
      }
    }
    return changed;
  }

  private void check(RuleDto d, String prefix, List<FieldError> errors) {
    if ((d.targetLevel() == null) == (d.targetCenterCode() == null)) {
      errors.add(
          new FieldError(
              prefix + "targetLevel", "give exactly one of targetLevel and targetCenterCode"));
    }
    if (d.targetCenterCode() != null && orgUnits.findByIdOptional(d.targetCenterCode()).isEmpty()) {
      errors.add(new FieldError(prefix + "targetCenterCode", "is not a center of the org tree"));
    }
    var c = d.condition();
    if (c.minClaimAmount() != null
        && c.maxClaimAmount() != null
        && c.minClaimAmount().compareTo(c.maxClaimAmount()) > 0) {
      errors.add(
          new FieldError(prefix + "condition.maxClaimAmount", "must not be below minClaimAmount"));
    }
  }

  private RuleSpec spec(RoutingRule r) {
    return new RuleSpec(
        r.id(),
        r.version(),
        r.explanation(),
        condition(r),
        r.targetLevel(),
        r.targetCenterCode(),
        r.mediationType(),
        flags(r));
  }

  private RuleDto dto(RoutingRule r) {
    RuleCondition c = condition(r);
    return new RuleDto(
        r.id(),
        r.position(),
        r.enabled(),
        r.explanation(),
        new RuleDto.Condition(
            c.categories(),
            c.areaCode(),
            c.minClaimAmount(),
            c.maxClaimAmount(),
            c.minApplicants(),
            c.channels(),
            c.sourcePlatforms()),
        r.targetLevel(),
        r.targetCenterCode(),
        r.mediationType(),
        flags(r),
        r.version(),
        r.updatedBy(),
        r.updatedAt());
  }

  private static List<String> flags(RoutingRule r) {
    return r.flags().isEmpty() ? List.of() : Arrays.asList(r.flags().split(","));
  }

  private RuleCondition condition(RoutingRule r) {
    try {
      return mapper.readValue(r.conditionJson(), RuleCondition.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("rule " + r.id() + " has a malformed condition", e);
    }
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a rule", e);
    }
  }
}
