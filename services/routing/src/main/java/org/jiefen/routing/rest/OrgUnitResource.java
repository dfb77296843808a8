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
import org.jiefen.routing.repository.OrgUnitRepository;
import org.jiefen.routing.rest.dto.OrgUnitDto;
import org.jiefen.routing.service.OrgTreeService;

/** The org tree is public to every signed-in user: codes and names are not personal data. */
@Path("/api/v1/org-units")
@Authenticated
public class OrgUnitResource {

  private final OrgUnitRepository repository;
  private final OrgTreeService service;

  OrgUnitResource(OrgUnitRepository repository, OrgTreeService service) {
    this.repository = repository;
    this.service = service;
  }

  @GET
  public List<OrgUnitDto> list() {
    return repository.allOrdered().stream().map(OrgUnitDto::of).toList();
  }

  @GET
  @Path("{code}")
  public OrgUnitDto get(@PathParam("code") String code) {
    return repository
        .findByIdOptional(code)
        .map(OrgUnitDto::of)
        .orElseThrow(() -> ProblemException.notFound("org unit " + code));
  }

  @PUT
  @RolesAllowed("admin")
  public Map<String, Integer> upsert(
      @NotNull @NotEmpty @Size(max = 5000) List<@Valid @NotNull OrgUnitDto> units) {
    int changed = service.upsertAll(units.stream().map(OrgUnitDto::toDomain).toList());
    return Map.of("received", units.size(), "changed", changed);
  }
}
