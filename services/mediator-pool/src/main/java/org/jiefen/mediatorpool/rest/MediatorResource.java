package org.jiefen.mediatorpool.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jiefen.mediatorpool.rest.dto.MediatorDto;
import org.jiefen.mediatorpool.rest.dto.MediatorEdit;
import org.jiefen.mediatorpool.rest.dto.MediatorView;
import org.jiefen.mediatorpool.rest.dto.RetireRequest;
import org.jiefen.mediatorpool.service.MediatorRosterService;
import org.jiefen.mediatorpool.service.RosterEntry;
import org.jiefen.mediatorpool.service.RosterFilter;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * The roster: admins load, add, edit and retire mediators; admins and center staff list the pools
 * of the centers their org unit covers, each mediator with its workload.
 */
@Path("/api/v1/mediators")
@Authenticated
public class MediatorResource {

  private final MediatorRosterService roster;
  private final Caller caller;

  MediatorResource(MediatorRosterService roster, Caller caller) {
    this.roster = roster;
    this.caller = caller;
  }

  /**
   * @param specialty keeps those who take this category: its specialists and the generalists
   */
  @GET
  @RolesAllowed({"admin", "center-staff"})
  public List<MediatorView> list(
      @QueryParam("centerCode") String centerCode,
      @QueryParam("specialty") String specialty,
      @QueryParam("active") String active,
      @QueryParam("organisationCode") String organisationCode) {
    return roster
        .visibleTo(
            caller.orgUnit(),
            new RosterFilter(centerCode, specialty, flag("active", active), organisationCode))
        .stream()
        .map(e -> view(e, false))
        .toList();
  }

  @GET
  @Path("{code}")
  @RolesAllowed({"admin", "center-staff"})
  public MediatorView get(@PathParam("code") String code) {
    return view(roster.get(code, caller), true);
  }

  @PUT
  @RolesAllowed("admin")
  public Map<String, Integer> upsert(
      @NotNull @NotEmpty @Size(max = 5000) List<@Valid @NotNull MediatorDto> mediators) {
    return Map.of(
        "upserted",
        roster.upsertAll(mediators.stream().map(MediatorDto::toDomain).toList(), caller));
  }

  @POST
  @RolesAllowed("admin")
  public Response add(@NotNull @Valid MediatorDto mediator, UriInfo uri) {
    MediatorView created = view(roster.create(mediator.toDomain(), caller), true);
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{code}")
  @RolesAllowed("admin")
  public MediatorView edit(@PathParam("code") String code, @NotNull @Valid MediatorEdit edit) {
    return view(roster.edit(code, edit.active(), edit::toDomain, caller), true);
  }

  @POST
  @Path("{code}/retire")
  @RolesAllowed("admin")
  public MediatorView retire(@PathParam("code") String code, @NotNull @Valid RetireRequest body) {
    return view(roster.retire(code, body.reason(), caller), true);
  }

  /** A query flag: true, false or absent; anything else names the parameter. */
  private static Boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw ProblemException.invalidField(name, "must be true or false");
    };
  }

  private MediatorView view(RosterEntry e, boolean pastLeavesToo) {
    return MediatorView.of(e.mediator(), e.load(), roster.today(), pastLeavesToo);
  }
}
