package org.jiefen.mediatorpool.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.jiefen.mediatorpool.rest.dto.MediatorDto;
import org.jiefen.mediatorpool.service.MediatorRosterService;
import org.jiefen.platform.security.Caller;

/** The roster: admins load it; signed-in users see the pools of the centers their scope covers. */
@Path("/api/v1/mediators")
@Authenticated
public class MediatorResource {

  private final MediatorRosterService roster;
  private final Caller caller;

  MediatorResource(MediatorRosterService roster, Caller caller) {
    this.roster = roster;
    this.caller = caller;
  }

  @GET
  public List<MediatorDto> list(@QueryParam("centerCode") String centerCode) {
    return roster.visibleTo(caller.orgUnit(), centerCode).stream().map(MediatorDto::of).toList();
  }

  @PUT
  @RolesAllowed("admin")
  public Map<String, Integer> upsert(
      @NotNull @NotEmpty @Size(max = 5000) List<@Valid @NotNull MediatorDto> mediators) {
    return Map.of(
        "upserted", roster.upsertAll(mediators.stream().map(MediatorDto::toDomain).toList()));
  }
}
