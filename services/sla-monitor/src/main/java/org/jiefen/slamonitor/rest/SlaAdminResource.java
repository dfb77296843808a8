package org.jiefen.slamonitor.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.jiefen.slamonitor.repository.CalendarYearRepository;
import org.jiefen.slamonitor.repository.SlaPolicyRepository;
import org.jiefen.slamonitor.rest.dto.CalendarDto;
import org.jiefen.slamonitor.rest.dto.PolicyDto;
import org.jiefen.slamonitor.service.PolicyViews;
import org.jiefen.slamonitor.service.ProvisionalRecompute;
import org.jiefen.slamonitor.service.SlaAdminService;

/** Policies and calendars are public to signed-in users: they are the law and the notices. */
@Path("/api/v1/sla")
@Authenticated
public class SlaAdminResource {

  private final SlaAdminService admin;
  private final ProvisionalRecompute recompute;
  private final SlaPolicyRepository policies;
  private final CalendarYearRepository calendars;
  private final ObjectMapper mapper;

  SlaAdminResource(
      SlaAdminService admin,
      ProvisionalRecompute recompute,
      SlaPolicyRepository policies,
      CalendarYearRepository calendars,
      ObjectMapper mapper) {
    this.mapper = mapper;
    this.admin = admin;
    this.recompute = recompute;
    this.policies = policies;
    this.calendars = calendars;
  }

  @GET
  @Path("policies")
  public List<PolicyDto> policies() {
    return policies.allOrdered().stream().map(p -> PolicyViews.of(p, mapper)).toList();
  }

  @GET
  @Path("policies/{code}")
  public PolicyDto policy(@PathParam("code") String code) {
    return policies
        .findByIdOptional(code)
        .map(p -> PolicyViews.of(p, mapper))
        .orElseThrow(() -> ProblemException.notFound("policy " + code));
  }

  @PUT
  @Path("policies")
  @RolesAllowed("admin")
  public Map<String, Integer> putPolicies(
      @NotNull @NotEmpty @Size(max = 500) List<@Valid @NotNull PolicyDto> policies) {
    return Map.of("received", policies.size(), "changed", admin.upsertPolicies(policies));
  }

  /** One policy; a change raises its version, running clocks keep theirs. */
  @PUT
  @Path("policies/{code}")
  @RolesAllowed("admin")
  public PolicyDto putPolicy(@PathParam("code") String code, @NotNull @Valid PolicyDto policy) {
    return PolicyViews.of(admin.upsertPolicy(code, policy), mapper);
  }

  @GET
  @Path("calendar/{year}")
  public CalendarDto calendar(@PathParam("year") int year) {
    return calendars
        .findByIdOptional(year)
        .map(
            c ->
                new CalendarDto(
                    c.year(),
                    c.notice(),
                    List.copyOf(c.holidays()),
                    List.copyOf(c.makeupWorkdays())))
        .orElseThrow(() -> ProblemException.notFound("holiday notice of " + year));
  }

  @PUT
  @Path("calendar/{year}")
  @RolesAllowed("admin")
  public Map<String, Integer> putCalendar(
      @PathParam("year") int year, @NotNull @Valid CalendarDto calendar) {
    admin.upsertCalendar(year, calendar);
    // after the notice is committed: a chunk per transaction, however many clocks it settles
    return Map.of("year", year, "recomputed", recompute.run());
  }
}
