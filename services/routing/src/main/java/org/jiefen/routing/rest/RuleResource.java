package org.jiefen.routing.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.routing.repository.RuleAuditRepository;
import org.jiefen.routing.rest.dto.RuleDto;
import org.jiefen.routing.service.RuleBook;

/** Routing policy: readable by every signed-in user, editable by admins, every change audited. */
@Path("/api/v1/routing/rules")
@Authenticated
public class RuleResource {

  private final RuleBook rules;
  private final RuleAuditRepository audits;
  private final Caller caller;

  RuleResource(RuleBook rules, RuleAuditRepository audits, Caller caller) {
    this.rules = rules;
    this.audits = audits;
    this.caller = caller;
  }

  @GET
  public List<RuleDto> list() {
    return rules.all();
  }

  @PUT
  @RolesAllowed("admin")
  public Map<String, Integer> defineAll(
      @NotNull @NotEmpty @Size(max = 500) List<@Valid @NotNull RuleDto> rules) {
    return Map.of("changed", this.rules.define(rules, caller.username()));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed("admin")
  public RuleDto define(@PathParam("id") String id, @NotNull @Valid RuleDto rule) {
    if (!id.equals(rule.id())) {
      throw ProblemException.invalidField("id", "must equal the id in the path");
    }
    rules.define(List.of(rule), caller.username());
    return rules.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @GET
  @Path("{id}/audit")
  @RolesAllowed("admin")
  public List<Map<String, Object>> audit(@PathParam("id") String id) {
    return audits.ofRule(id).stream()
        .map(
            a ->
                Map.<String, Object>of(
                    "version", a.version(),
                    "changedBy", a.changedBy(),
                    "changedAt", a.changedAt().toString(),
                    "definition", a.definition()))
        .toList();
  }
}
